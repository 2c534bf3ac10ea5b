package org.reeltrace.bench.lineage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Writes a planned archive to a folder in the layouts ReelTrace reads (see demo/archive): yt-dlp
 * {@code ytdlp/HANDLE - ID.info.json} beside {@code .mp4}; TikTok Research API
 * {@code research/videos.json}; Zeeschuimer {@code zeeschuimer/feed.ndjson} (TikTok items and Douyin
 * awemes); {@code manifest.csv} pairing the other posts with {@code videos/*.mp4} (posting time
 * only for manifest-only posts that state one); and {@code truth.tsv}.
 */
final class ArchiveWriter {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private final ObjectMapper json = new ObjectMapper();
  private final Path folder;
  private final int threads;
  private final Consumer<String> log;

  ArchiveWriter(Path folder, int threads, Consumer<String> log) {
    this.folder = folder;
    this.threads = threads;
    this.log = log;
  }

  /** Renders every video (parents before their re-posts) and writes the metadata and the truth. */
  void write(ArchiveStory story) {
    try {
      for (String sub : List.of("ytdlp", "videos", "research", "zeeschuimer")) {
        Files.createDirectories(folder.resolve(sub));
      }
      render(story.posts());
      writeMetadata(story.posts());
      LineageTruth.of(story.posts()).write(folder.resolve("truth.tsv"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the archive in " + folder + ": " + e.getMessage(), e);
    }
  }

  Path video(StoryPost p) {
    return folder.resolve(p.channel().format() == Format.YTDLP ? "ytdlp" : "videos").resolve(p.videoName());
  }

  private void render(List<StoryPost> posts) {
    int generations = posts.stream().mapToInt(StoryPost::generation).max().orElse(0);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int g = 0; g <= generations; g++) {
        List<Future<?>> running = new ArrayList<>();
        for (StoryPost p : posts) {
          if (p.generation() == g && !Files.isRegularFile(video(p))) {
            running.add(pool.submit(() -> VideoRenderer.render(p, video(p), p.parent() == null ? null
                : video(p.parent()))));
          }
        }
        for (Future<?> f : running) {
          f.get();
        }
        log.accept("archive: rendered generation " + g + " (" + running.size() + " videos)");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void writeMetadata(List<StoryPost> posts) throws IOException {
    ArrayNode research = json.createArrayNode();
    List<String> ndjson = new ArrayList<>();
    List<String> manifest = new ArrayList<>(List.of("platform,post_id,channel,posted_at,caption,video_path"));
    Map<String, Integer> followers = new HashMap<>();
    for (StoryPost p : posts) {
      followers.computeIfAbsent(p.channel().handle(), h -> 1000 + Math.abs(h.hashCode() % 200_000));
    }
    for (StoryPost p : posts) {
      boolean stated = p.stated() != StatedTime.MISSING;
      switch (p.channel().format()) {
        case YTDLP -> Files.writeString(folder.resolve("ytdlp").resolve(p.videoName().replaceFirst("\\.mp4$",
            ".info.json")), json.writerWithDefaultPrettyPrinter().writeValueAsString(infoJson(p,
            followers.get(p.channel().handle()))), StandardCharsets.UTF_8);
        case RESEARCH_API -> {
          if (stated) {
            research.add(researchVideo(p));
          }
        }
        case ZEESCHUIMER -> {
          if (stated) {
            ndjson.add(json.writeValueAsString(zeeschuimer(p, followers.get(p.channel().handle()))));
          }
        }
        case MANIFEST -> { }
      }
      if (p.channel().format() != Format.YTDLP) {
        String time = p.channel().format() == Format.MANIFEST && stated ? p.postedAt().toString() : "";
        manifest.add(String.join(",", p.platform(), p.postId(), p.channel().handle(), time,
            "\"" + p.caption().replace("\"", "\"\"") + "\"", "videos/" + p.videoName()));
      }
    }
    ObjectNode response = json.createObjectNode();
    ObjectNode data = response.putObject("data");
    data.set("videos", research);
    data.put("cursor", research.size());
    data.put("has_more", false);
    ObjectNode error = response.putObject("error");
    error.put("code", "ok");
    error.put("message", "");
    Files.writeString(folder.resolve("research/videos.json"), json.writerWithDefaultPrettyPrinter()
        .writeValueAsString(response), StandardCharsets.UTF_8);
    Files.write(folder.resolve("zeeschuimer/feed.ndjson"), ndjson, StandardCharsets.UTF_8);
    Files.write(folder.resolve("manifest.csv"), manifest, StandardCharsets.UTF_8);
  }

  private ObjectNode infoJson(StoryPost p, int followers) {
    ObjectNode o = json.createObjectNode();
    StoryChannel c = p.channel();
    o.put("id", p.postId());
    o.put("title", p.caption());
    o.put("description", p.caption());
    o.put("duration", Math.round(ArchiveStory.length(p)));
    if (p.stated() == StatedTime.EXACT) {
      o.put("timestamp", p.postedAt().getEpochSecond());
    }
    o.put("upload_date", DAY.format(p.postedAt()));
    o.put("view_count", 1000 + followers * 3L);
    String extractor = switch (p.platform()) {
      case "youtube" -> "Youtube";
      case "douyin" -> "Douyin";
      default -> "TikTok";
    };
    o.put("extractor", extractor.toLowerCase());
    o.put("extractor_key", extractor);
    o.put("uploader", p.platform().equals("youtube") ? "@" + c.handle() : c.handle());
    o.put("uploader_id", p.platform().equals("youtube") ? "@" + c.handle() : String.valueOf(68_000_000_000L
        + Math.abs(c.handle().hashCode())));
    o.put("channel", c.name());
    o.put("channel_id", p.platform().equals("youtube") ? c.channelId() : "MS4wLjABAAAA" + c.handle());
    o.put("channel_follower_count", followers);
    o.put("webpage_url", switch (p.platform()) {
      case "youtube" -> "https://www.youtube.com/shorts/" + p.postId();
      case "douyin" -> "https://www.douyin.com/video/" + p.postId();
      default -> "https://www.tiktok.com/@" + c.handle() + "/video/" + p.postId();
    });
    o.put("display_id", p.postId());
    o.put("ext", "mp4");
    o.put("epoch", 1_735_000_000L);
    o.put("_filename", "ytdlp/" + p.videoName());
    o.put("_type", "video");
    return o;
  }

  private ObjectNode researchVideo(StoryPost p) {
    ObjectNode v = json.createObjectNode();
    v.put("id", Long.parseUnsignedLong(p.postId()));
    v.put("create_time", p.postedAt().getEpochSecond());
    v.put("username", p.channel().handle());
    v.put("region_code", "US");
    v.put("video_description", p.caption());
    v.put("view_count", 5000);
    v.put("like_count", 300);
    v.put("comment_count", 12);
    v.put("share_count", 3);
    v.put("video_duration", Math.round(ArchiveStory.length(p)));
    return v;
  }

  private ObjectNode zeeschuimer(StoryPost p, int followers) {
    ObjectNode line = json.createObjectNode();
    StoryChannel c = p.channel();
    boolean douyin = p.platform().equals("douyin");
    line.put("nav_index", "1:1:0");
    line.put("item_id", p.postId());
    line.put("timestamp_collected", 1_735_000_000_000L);
    line.put("source_platform", douyin ? "douyin.com" : "tiktok.com");
    line.put("source_platform_url", douyin ? "https://www.douyin.com/" : "https://www.tiktok.com/foryou");
    line.put("source_url", douyin ? "https://www.douyin.com/aweme/v1/web/tab/feed/"
        : "https://www.tiktok.com/api/recommend/item_list/");
    ObjectNode d = line.putObject("data");
    long seconds = Math.round(ArchiveStory.length(p));
    if (douyin) {
      d.put("aweme_id", p.postId());
      d.put("desc", p.caption());
      d.put("create_time", p.postedAt().getEpochSecond());
      d.put("duration", seconds * 1000);
      ObjectNode a = d.putObject("author");
      a.put("uid", String.valueOf(58_000_000_000L + Math.abs(c.handle().hashCode())));
      a.put("unique_id", c.handle());
      a.put("nickname", c.name());
      a.put("sec_uid", "MS4wLjABAAAA" + c.handle());
      a.put("follower_count", followers);
      ObjectNode s = d.putObject("statistics");
      s.put("play_count", 10_000);
      s.put("digg_count", 500);
    } else {
      d.put("id", p.postId());
      d.put("desc", p.caption());
      d.put("createTime", p.postedAt().getEpochSecond());
      ObjectNode a = d.putObject("author");
      a.put("id", String.valueOf(68_000_000_000L + Math.abs(c.handle().hashCode())));
      a.put("uniqueId", c.handle());
      a.put("nickname", c.name());
      a.put("signature", c.role() == Role.AGGREGATOR ? "the best clips, daily. DM for credit" : "");
      a.put("secUid", "MS4wLjABAAAA" + c.handle());
      d.putObject("authorStats").put("followerCount", followers);
      ObjectNode s = d.putObject("stats");
      s.put("playCount", 10_000);
      s.put("diggCount", 500);
      ObjectNode video = d.putObject("video");
      video.put("id", p.postId());
      video.put("duration", seconds);
    }
    return line;
  }
}
