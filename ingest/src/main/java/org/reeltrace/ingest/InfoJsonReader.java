package org.reeltrace.ingest;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.reeltrace.core.ArchiveFormat;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.Music;
import org.reeltrace.core.Post;
import org.reeltrace.core.PostKey;

/**
 * Reads one yt-dlp {@code --write-info-json} document (TikTok, Douyin, YouTube and other extractors)
 * and pairs it with the downloaded video beside it.
 *
 * <p>Field meanings follow yt-dlp's README, "OUTPUT TEMPLATE" section (id, uploader, uploader_id,
 * channel, channel_id, channel_follower_count, timestamp, upload_date, view_count, like_count,
 * comment_count, repost_count, track, artist(s), album, epoch). On TikTok and Douyin yt-dlp puts the
 * account's unique handle in {@code uploader}, the numeric user id in {@code uploader_id}, the
 * nickname in {@code channel} and the secUid in {@code channel_id}; the handle is the key other
 * TikTok formats share, so it keys the channel there. On YouTube the stable key is {@code channel_id}.
 */
final class InfoJsonReader {
  private static final List<String> VIDEO_EXTENSIONS = List.of("mp4", "webm", "mkv", "mov", "m4v", "flv");
  private static final DateTimeFormatter UPLOAD_DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private InfoJsonReader() {}

  /** Whether a JSON object is a yt-dlp info document (of a video or of a playlist). */
  static boolean recognizes(JsonItem json) {
    return json.has("extractor_key") || json.has("extractor") || json.has("_type")
        || (json.has("id") && json.has("webpage_url"));
  }

  /** Whether the document describes a playlist or channel, which holds no post of its own. */
  static boolean isPlaylist(JsonItem json) throws BadItem {
    String type = json.text("_type");
    return type != null && !type.equals("video") && !type.equals("url");
  }

  static ArchivedPost read(JsonItem json, ArchiveFile file, int line) throws BadItem {
    String platform = platform(json);
    String postId = json.firstId("id", "display_id");
    if (postId == null) {
      throw json.missing("post id", "id", "display_id");
    }
    boolean handleKeyed = platform.equals("tiktok") || platform.equals("douyin");
    String[] channelFields =
        handleKeyed
            ? new String[] {"uploader", "uploader_id", "channel_id"}
            : new String[] {"channel_id", "uploader_id", "uploader"};
    String channelId = json.firstId(channelFields);
    if (channelId == null) {
      throw json.missing("channel", channelFields);
    }
    ChannelKey channelKey = new ChannelKey(platform, channelId);
    Channel channel;
    if (handleKeyed) {
      String uploaderId = json.id("uploader_id");
      String handle = json.id("uploader");
      handle = handle != null && handle.startsWith("@") ? handle.substring(1) : handle;
      channel = new Channel(channelKey, handle, json.text("channel"),
          uploaderId != null && uploaderId.chars().allMatch(Character::isDigit) ? uploaderId : null);
    } else {
      String uploaderId = json.id("uploader_id");
      String handle = uploaderId != null && uploaderId.startsWith("@") ? uploaderId.substring(1) : null;
      String name = json.text("channel") != null ? json.text("channel") : json.text("uploader");
      channel = new Channel(channelKey, handle, name, null);
    }

    String title = json.text("title");
    String description = json.text("description");
    List<String> hashtags = Hashtags.in(description, title);
    if (hashtags.isEmpty()) {
      hashtags = Hashtags.cleaned(json.texts("tags"));
    }
    Post post = new Post(
        new PostKey(platform, postId),
        channelKey,
        postedAt(json),
        title,
        description,
        json.seconds("duration"),
        json.text("webpage_url"),
        music(json),
        hashtags,
        null,
        null);
    Engagement engagement = new Engagement(
        json.count("view_count"), json.count("like_count"), json.count("comment_count"),
        json.count("repost_count"));
    Instant epoch = json.epochSeconds("epoch");
    return new ArchivedPost(
        channel,
        json.count("channel_follower_count"),
        post,
        engagement,
        epoch != null ? epoch : file.modified(),
        video(json, file),
        file.at(line),
        ArchiveFormat.YT_DLP_INFO_JSON);
  }

  /** The platform from the extractor: {@code TikTok} → tiktok, {@code youtube:tab} → youtube. */
  private static String platform(JsonItem json) throws BadItem {
    String key = json.text("extractor_key");
    if (key == null || key.isBlank()) {
      key = json.text("extractor");
    }
    if (key == null || key.isBlank()) {
      throw json.missing("platform", "extractor_key", "extractor");
    }
    String p = key.strip().toLowerCase(Locale.ROOT);
    int colon = p.indexOf(':');
    p = colon > 0 ? p.substring(0, colon) : p;
    for (String known : List.of("tiktok", "douyin", "youtube", "instagram")) {
      if (p.startsWith(known)) {
        return known;
      }
    }
    return p;
  }

  private static Instant postedAt(JsonItem json) throws BadItem {
    Instant timestamp = json.epochSeconds("timestamp");
    if (timestamp != null) {
      return timestamp;
    }
    String date = json.text("upload_date");
    if (date == null || date.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(date.strip(), UPLOAD_DATE).atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      throw new BadItem("field \"upload_date\" must be a date YYYYMMDD, was \"" + date + "\"");
    }
  }

  private static Music music(JsonItem json) throws BadItem {
    String artist = json.text("artist");
    if (artist == null) {
      List<String> artists = json.texts("artists");
      artist = artists.isEmpty() ? null : String.join(", ", artists);
    }
    return new Music(null, json.text("track"), artist, json.text("album"));
  }

  /**
   * The downloaded video: {@code X.info.json} pairs with {@code X.<ext>} for the document's
   * {@code ext} or a common container, else with the file named by {@code _filename}/{@code filename}
   * in the same folder. None found means yt-dlp ran with {@code --skip-download}: metadata only.
   */
  private static Optional<Path> video(JsonItem json, ArchiveFile file) throws BadItem {
    String name = file.path().getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    String base = lower.endsWith(".info.json")
        ? name.substring(0, name.length() - ".info.json".length())
        : name.substring(0, name.length() - ".json".length());
    Set<String> candidates = new LinkedHashSet<>();
    String ext = json.text("ext");
    if (ext != null && !ext.isBlank() && !ext.equalsIgnoreCase("json")) {
      candidates.add(base + "." + ext.strip());
    }
    for (String e : VIDEO_EXTENSIONS) {
      candidates.add(base + "." + e);
    }
    List<String> named = new ArrayList<>();
    for (String field : List.of("_filename", "filename")) {
      String f = json.text(field);
      if (f != null && !f.isBlank()) {
        try {
          Path p = Path.of(f.strip()).getFileName();
          if (p != null) {
            named.add(p.toString());
          }
        } catch (InvalidPathException e) {
          // a name this file system cannot hold names no file beside the document
        }
      }
    }
    candidates.addAll(named);
    Path folder = file.path().getParent() == null ? Path.of("") : file.path().getParent();
    for (String c : candidates) {
      Path p = folder.resolve(c);
      if (!c.equals(name) && Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
