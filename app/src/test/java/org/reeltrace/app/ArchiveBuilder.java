package org.reeltrace.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes archive files in the formats ReelTrace reads, for end-to-end tests. */
final class ArchiveBuilder {
  private final Path root;

  ArchiveBuilder(Path root) {
    this.root = root;
  }

  Path root() {
    return root;
  }

  /** A yt-dlp TikTok {@code .info.json}; with a video copied beside it when {@code video} is not null. */
  ArchiveBuilder infoJson(String folder, String id, String handle, long views, long epoch, Path video) {
    String json =
        """
        {"id": "%s", "display_id": "%s", "title": "Pyongyang morning #northkorea",
         "description": "Pyongyang morning #northkorea #travel", "uploader": "%s",
         "uploader_id": "6%s", "channel": "%s", "channel_id": "MS4wLjABAAAA%s",
         "channel_follower_count": 1200, "timestamp": 1571234567, "upload_date": "20191016",
         "duration": 9, "view_count": %d, "like_count": 12, "comment_count": 3, "repost_count": 1,
         "track": "original sound", "artist": "%s", "webpage_url": "https://www.tiktok.com/@%s/video/%s",
         "extractor": "TikTok", "extractor_key": "TikTok", "epoch": %d, "_type": "video"}
        """
            .formatted(id, id, handle, id.substring(0, 8), handle, handle, views, handle, handle, id, epoch);
    write(folder + "/" + id + ".info.json", json);
    if (video != null) {
      copy(video, folder + "/" + id + ".mp4");
    }
    return this;
  }

  ArchiveBuilder file(String relative, String content) {
    write(relative, content);
    return this;
  }

  ArchiveBuilder append(String relative, String content) {
    Path file = root.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  ArchiveBuilder copy(Path source, String relative) {
    Path target = root.resolve(relative);
    try {
      Files.createDirectories(target.getParent());
      Files.copy(source, target);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  static String zeeschuimerLine(String id, String handle, long plays, long collectedMillis) {
    return ("{\"nav_index\":\"1:1\",\"item_id\":\"%s\",\"timestamp_collected\":%d,"
            + "\"source_platform\":\"tiktok.com\",\"source_platform_url\":\"https://www.tiktok.com/@%s\","
            + "\"data\":{\"id\":\"%s\",\"desc\":\"bus ride #dprk\",\"createTime\":1600000000,"
            + "\"author\":{\"id\":\"71%s\",\"uniqueId\":\"%s\",\"nickname\":\"%s\",\"signature\":\"\"},"
            + "\"authorStats\":{\"followerCount\":5000},"
            + "\"stats\":{\"playCount\":%d,\"diggCount\":10,\"commentCount\":2,\"shareCount\":1},"
            + "\"music\":{\"id\":\"68\",\"title\":\"original sound\",\"authorName\":\"%s\"},"
            + "\"video\":{\"duration\":12},\"challenges\":[{\"title\":\"dprk\"}]}}\n")
        .formatted(id, collectedMillis, handle, id, id.substring(0, 6), handle, handle, plays, handle);
  }

  static String researchVideo(String id, String username, String views) {
    return ("{\"id\": %s, \"create_time\": 1650000000, \"username\": \"%s\", \"region_code\": \"KR\","
            + " \"video_description\": \"북한 여행 #북한\", \"music_id\": 7001, \"hashtag_names\": [\"북한\"],"
            + " \"voice_to_text\": \"\", \"view_count\": %s, \"like_count\": 5, \"comment_count\": 0,"
            + " \"share_count\": 0, \"video_duration\": 15}")
        .formatted(id, username, views);
  }

  private void write(String relative, String content) {
    Path file = root.resolve(relative);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
