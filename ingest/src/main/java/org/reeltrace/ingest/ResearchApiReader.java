package org.reeltrace.ingest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
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
 * Reads TikTok Research API video query responses: {@code {"data":{"videos":[...],"cursor":..,
 * "has_more":..},"error":{"code":"ok",..}}}, also a bare {@code {"videos":[...]}} or a top-level
 * array of video objects as collection scripts save them. Metadata only, platform tiktok.
 *
 * <p>Field names follow the Research API reference, "Query Videos" (id, create_time, username,
 * region_code, video_description, music_id, hashtag_names, voice_to_text, view_count, like_count,
 * comment_count, share_count, video_duration). The response carries no collection time, so the
 * file's modification time stands for it.
 */
final class ResearchApiReader {
  static final JsonPointer DATA_VIDEOS = JsonPointer.compile("/data/videos");
  static final JsonPointer VIDEOS = JsonPointer.compile("/videos");
  static final JsonPointer TOP = JsonPointer.empty();

  private ResearchApiReader() {}

  /** Where a response keeps its video array, or empty when the document is no response. */
  static Optional<JsonPointer> videosAt(JsonNode root) {
    if (root.isObject()) {
      if (root.at(DATA_VIDEOS).isArray()) {
        return Optional.of(DATA_VIDEOS);
      }
      if (root.at(VIDEOS).isArray()) {
        return Optional.of(VIDEOS);
      }
      return Optional.empty();
    }
    if (root.isArray()) {
      for (JsonNode e : root) {
        if (e.isObject()) {
          return JsonItem.of(e).filter(ResearchApiReader::recognizesVideo).map(v -> TOP);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a document is an error response without videos ({@code error.code} not "ok"). */
  static Optional<String> apiError(JsonNode root) {
    JsonNode error = root.path("error");
    String code = error.path("code").asText("");
    if (!root.isObject() || !root.has("error") || code.isEmpty() || code.equals("ok")) {
      return Optional.empty();
    }
    String message = error.path("message").asText("");
    return Optional.of("TikTok Research API error " + code + (message.isEmpty() ? "" : ": " + message));
  }

  /** Whether an object is a Research API video (and not a 4CAT or Douyin item). */
  static boolean recognizesVideo(JsonItem v) {
    return !v.has("aweme_id") && !v.has("createTime")
        && (v.has("username") || v.has("video_description") || v.has("hashtag_names")
            || v.has("region_code") || v.has("voice_to_text"));
  }

  static void read(JsonSource source, JsonPointer videos, ArchiveFile file) {
    for (JsonSource.Located e : source.elementsAt(videos)) {
      try {
        JsonItem video = JsonItem.of(e.node()).orElseThrow(
            () -> new BadItem("video must be a JSON object, was " + JsonItem.shown(e.node())));
        file.sink().post(video(video, file, e.line()));
      } catch (BadItem | IllegalArgumentException bad) {
        file.error(e.line(), bad.getMessage());
      }
    }
  }

  static ArchivedPost video(JsonItem v, ArchiveFile file, int line) throws BadItem {
    String id = v.id("id");
    if (id == null) {
      throw v.missing("post id", "id");
    }
    String username = v.id("username");
    if (username == null) {
      throw v.missing("channel", "username");
    }
    ChannelKey channelKey = new ChannelKey("tiktok", username);
    String description = v.text("video_description");
    List<String> hashtags = Hashtags.cleaned(v.texts("hashtag_names"));
    if (hashtags.isEmpty()) {
      hashtags = Hashtags.in(description);
    }
    String musicId = v.id("music_id");
    Post post = new Post(
        new PostKey("tiktok", id),
        channelKey,
        v.epochSeconds("create_time"),
        null,
        description,
        v.seconds("video_duration"),
        "https://www.tiktok.com/@" + channelKey.channelId() + "/video/" + id,
        new Music(musicId, null, null, null),
        hashtags,
        v.text("voice_to_text"),
        v.text("region_code"));
    Engagement engagement = new Engagement(
        v.count("view_count"), v.count("like_count"), v.count("comment_count"), v.count("share_count"));
    return new ArchivedPost(
        new Channel(channelKey, username, null, null),
        null,
        post,
        engagement,
        file.modified(),
        Optional.empty(),
        file.at(line),
        ArchiveFormat.TIKTOK_RESEARCH_API);
  }
}
