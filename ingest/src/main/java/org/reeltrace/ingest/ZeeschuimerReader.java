package org.reeltrace.ingest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reeltrace.core.ArchiveFormat;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.Music;
import org.reeltrace.core.Post;
import org.reeltrace.core.PostKey;

/**
 * Reads 4CAT / Zeeschuimer TikTok exports: one JSON item per line (NDJSON). Metadata only.
 *
 * <p>Zeeschuimer wraps each captured item as {@code {"nav_index":..,"item_id":..,
 * "timestamp_collected":<ms>,"source_platform":"tiktok.com",..,"data":{item}}}; 4CAT exports may
 * give the bare item. The TikTok item is the web app's {@code itemStruct} (id, desc, createTime,
 * author{uniqueId,id,nickname}, authorStats, stats/statsV2, music, video, challenges, textExtra);
 * older exports give {@code author} as the handle string with {@code nickname}/{@code authorId}, and
 * 4CAT's mapped items use {@code author}, {@code author_full}, {@code author_id},
 * {@code author_followers}, {@code body}, {@code timestamp}, {@code plays}/{@code likes}/
 * {@code comments}/{@code shares}, {@code music_id}/{@code music_name} and comma-joined
 * {@code hashtags}. Lines captured on
 * douyin.com hold Douyin's {@code aweme} shape (aweme_id, create_time, author{unique_id,uid},
 * statistics, music, duration in ms) and are read as platform douyin. A line holding a Research API
 * video, or a whole Research API response, is read as such. Blank lines are skipped.
 */
final class ZeeschuimerReader {
  private ZeeschuimerReader() {}

  /** Whether a JSON object is a Zeeschuimer line or a bare TikTok/Douyin item. */
  static boolean recognizes(JsonItem json) {
    return isWrapper(json) || isTikTokItem(json) || json.has("aweme_id");
  }

  private static boolean isWrapper(JsonItem json) {
    return json.has("data")
        && (json.has("item_id") || json.has("source_platform") || json.has("timestamp_collected"));
  }

  private static boolean isTikTokItem(JsonItem json) {
    return json.has("id") && (json.has("createTime") || json.has("desc") || json.has("stats")
        || json.has("authorId") || (json.has("author") && !json.has("username")));
  }

  /** Reads an NDJSON file line by line; one error per bad line, or one for a file of no known items. */
  static void readLines(String text, ArchiveFile file) {
    String[] lines = text.split("\n", -1);
    List<Integer> unknown = new ArrayList<>();
    boolean anyKnown = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty()) {
        continue;
      }
      int lineNo = i + 1;
      JsonNode node;
      try {
        node = new JsonSource(line.getBytes(StandardCharsets.UTF_8)).root().node();
      } catch (JsonSource.BadJson e) {
        file.error(lineNo, e.getMessage());
        anyKnown = true;
        continue;
      }
      Optional<JsonItem> json = JsonItem.of(node);
      if (json.isEmpty()) {
        file.error(lineNo, "line must be a JSON object, was " + JsonItem.shown(node));
        anyKnown = true;
        continue;
      }
      Optional<JsonPointer> videos = ResearchApiReader.videosAt(node);
      if (videos.isPresent()) {
        // a Research API response saved as one line of a JSON Lines file
        anyKnown = true;
        readVideos(node.at(videos.get()), file, lineNo);
        continue;
      }
      JsonItem item = json.get();
      boolean research = ResearchApiReader.recognizesVideo(item);
      if (!recognizes(item) && !research) {
        unknown.add(lineNo);
        continue;
      }
      anyKnown = true;
      try {
        file.sink().post(research
            ? ResearchApiReader.video(item, file, lineNo)
            : item(item, file, lineNo));
      } catch (BadItem | IllegalArgumentException e) {
        file.error(lineNo, e.getMessage());
      }
    }
    if (!anyKnown && !unknown.isEmpty()) {
      file.error(0, JsonArchive.UNKNOWN_FORMAT);
    } else {
      for (int lineNo : unknown) {
        file.error(lineNo, "not a TikTok or Douyin item (no \"id\", \"aweme_id\" or \"data\" field)");
      }
    }
  }

  private static void readVideos(JsonNode videos, ArchiveFile file, int lineNo) {
    for (JsonNode v : videos) {
      try {
        JsonItem video = JsonItem.of(v).orElseThrow(
            () -> new BadItem("video must be a JSON object, was " + JsonItem.shown(v)));
        file.sink().post(ResearchApiReader.video(video, file, lineNo));
      } catch (BadItem | IllegalArgumentException e) {
        file.error(lineNo, e.getMessage());
      }
    }
  }

  /** Reads one Zeeschuimer line or bare item. */
  static ArchivedPost item(JsonItem json, ArchiveFile file, int line) throws BadItem {
    Instant observedAt = null;
    String platform = "tiktok.com";
    JsonItem item = json;
    if (isWrapper(json)) {
      observedAt = json.epochMillis("timestamp_collected");
      String source = json.text("source_platform");
      platform = source == null ? platform : source.strip().toLowerCase(Locale.ROOT);
      item = json.child("data");
    }
    if (observedAt == null) {
      observedAt = file.modified();
    }
    if (platform.contains("douyin") || (!isTikTokItem(item) && item.has("aweme_id"))) {
      return DouyinItemReader.read(item, observedAt, file, line);
    }
    if (!platform.contains("tiktok")) {
      throw new BadItem("not a TikTok or Douyin item (source_platform \"" + platform + "\")");
    }
    return tiktok(item, observedAt, file, line);
  }

  private static ArchivedPost tiktok(JsonItem item, Instant observedAt, ArchiveFile file, int line)
      throws BadItem {
    String id = item.id("id");
    if (id == null) {
      throw item.missing("post id", "id");
    }
    String handle;
    String numericId;
    String nickname;
    String bio;
    JsonItem author = objectOrNull(item, "author");
    if (author != null) {
      handle = author.id("uniqueId");
      numericId = author.id("id");
      nickname = author.text("nickname");
      bio = author.text("signature");
      if (handle == null) {
        throw author.missing("channel", "uniqueId");
      }
    } else {
      handle = item.id("author");
      numericId = item.firstId("authorId", "author_id");
      nickname = item.text("nickname") != null ? item.text("nickname") : item.text("author_full");
      bio = item.text("author_signature");
      if (handle == null) {
        throw item.missing("channel", "author");
      }
    }
    ChannelKey channelKey = new ChannelKey("tiktok", handle);
    String desc = item.text("desc") != null ? item.text("desc") : item.text("body");
    JsonItem stats = item.child("stats");
    JsonItem statsV2 = item.child("statsV2");
    JsonItem music = item.child("music");
    JsonItem video = item.child("video");
    JsonItem authorStats = item.child("authorStats");
    List<String> hashtags = new ArrayList<>();
    for (JsonItem c : item.objects("challenges")) {
      addIfText(hashtags, c.text("title"));
    }
    if (hashtags.isEmpty()) {
      for (JsonItem t : item.objects("textExtra")) {
        addIfText(hashtags, t.text("hashtagName"));
      }
    }
    if (hashtags.isEmpty() && item.text("hashtags") != null) {
      hashtags = List.of(item.text("hashtags").split(","));
    }
    hashtags = hashtags.isEmpty() ? Hashtags.in(desc) : Hashtags.cleaned(hashtags);
    Instant postedAt = item.epochSeconds("createTime");
    postedAt = postedAt != null ? postedAt : item.epochSeconds("unix_timestamp");
    postedAt = postedAt != null ? postedAt : item.epochSeconds("timestamp");
    Post post = new Post(
        new PostKey("tiktok", id),
        channelKey,
        postedAt,
        null,
        desc,
        video == null ? null : video.seconds("duration"),
        "https://www.tiktok.com/@" + channelKey.channelId() + "/video/" + id,
        music == null
            ? new Music(item.id("music_id"), item.text("music_name"), null, null)
            : new Music(music.id("id"), music.text("title"), music.text("authorName"), music.text("album")),
        hashtags,
        null,
        item.text("locationCreated"));
    Engagement engagement = stats == null && statsV2 == null
        ? new Engagement(item.count("plays"), item.count("likes"), item.count("comments"), item.count("shares"))
        : new Engagement(
            count(stats, statsV2, "playCount"), count(stats, statsV2, "diggCount"),
            count(stats, statsV2, "commentCount"), count(stats, statsV2, "shareCount"));
    Long followers = authorStats != null ? authorStats.count("followerCount") : item.count("author_followers");
    return new ArchivedPost(
        new Channel(channelKey, handle.startsWith("@") ? handle.substring(1) : handle, nickname,
            numericId != null && !numericId.equals(channelKey.channelId()) ? numericId : null, bio),
        followers,
        post,
        engagement,
        observedAt,
        Optional.empty(),
        file.at(line),
        ArchiveFormat.ZEESCHUIMER_NDJSON);
  }

  /** The object {@code field}, or null when it is absent or not an object (a string author). */
  private static JsonItem objectOrNull(JsonItem item, String field) throws BadItem {
    try {
      return item.child(field);
    } catch (BadItem notAnObject) {
      return null;
    }
  }

  private static Long count(JsonItem stats, JsonItem statsV2, String field) throws BadItem {
    Long v = stats == null ? null : stats.count(field);
    return v != null || statsV2 == null ? v : statsV2.count(field);
  }

  static void addIfText(List<String> out, String s) {
    if (s != null && !s.isBlank()) {
      out.add(s);
    }
  }
}
