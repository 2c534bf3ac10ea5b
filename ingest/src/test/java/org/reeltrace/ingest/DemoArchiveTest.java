package org.reeltrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reeltrace.core.ArchiveFormat;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/** The bundled demo archive (repository folder demo/archive) reads completely, without errors. */
class DemoArchiveTest {
  private static final Path DEMO = Path.of("..", "demo", "archive");
  private static final CollectingSink SINK = new CollectingSink();

  @BeforeAll
  static void readDemo() throws IOException {
    if (!Files.isDirectory(DEMO)) {
      fail("demo archive missing: " + DEMO.toAbsolutePath().normalize());
    }
    ArchiveReader reader = new ArchiveReader();
    for (Path file : reader.findArchiveFiles(DEMO)) {
      reader.readFile(file, SINK);
    }
  }

  @Test
  void hasNoBadItems() {
    assertThat(SINK.messages()).isEmpty();
  }

  @Test
  void yieldsEveryPostFromEveryFormat() {
    Map<ArchiveFormat, Long> perFormat = SINK.posts.stream()
        .collect(Collectors.groupingBy(ArchivedPost::format, Collectors.counting()));

    assertThat(perFormat).containsOnly(
        Map.entry(ArchiveFormat.YT_DLP_INFO_JSON, 5L),
        Map.entry(ArchiveFormat.TIKTOK_RESEARCH_API, 6L),
        Map.entry(ArchiveFormat.ZEESCHUIMER_NDJSON, 5L),
        Map.entry(ArchiveFormat.CSV_MANIFEST, 4L));
    assertThat(SINK.posts.stream().map(p -> p.post().key()).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            new PostKey("tiktok", "7341100000000000001"),
            new PostKey("tiktok", "7341100000000000002"),
            new PostKey("tiktok", "7342200000000000011"),
            new PostKey("tiktok", "7342200000000000012"),
            new PostKey("tiktok", "7343300000000000031"),
            new PostKey("tiktok", "7344400000000000041"),
            new PostKey("tiktok", "7344400000000000042"),
            new PostKey("douyin", "7338000000000000001"),
            new PostKey("youtube", "Xy3kP9mQw2A"));
  }

  @Test
  void eachPostHasOneChannelAcrossFormats() {
    Map<PostKey, Set<ChannelKey>> channels = SINK.posts.stream().collect(Collectors.groupingBy(
        p -> p.post().key(), Collectors.mapping(p -> p.channel().key(), Collectors.toSet())));

    assertThat(channels.values()).allSatisfy(c -> assertThat(c).hasSize(1));
    assertThat(channels.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            new ChannelKey("tiktok", "mina.makes"),
            new ChannelKey("tiktok", "daily.reels.hub"),
            new ChannelKey("tiktok", "cn.clips.daily"),
            new ChannelKey("tiktok", "tourist.lena"),
            new ChannelKey("douyin", "jiangbian_xd"),
            new ChannelKey("youtube", "UCd3m0ClipCornerChannel01"));
  }

  @Test
  void videosArePairedAndExist() {
    Set<String> videos = SINK.posts.stream()
        .flatMap(p -> p.video().stream())
        .peek(v -> assertThat(v).isRegularFile())
        .map(v -> v.getFileName().toString())
        .collect(Collectors.toSet());

    assertThat(videos).containsExactlyInAnyOrder(
        "mina.makes - 7341100000000000001.mp4",
        "mina.makes - 7341100000000000002.mp4",
        "cn.clips.daily - 7343300000000000031.mp4",
        "douyin - 7338000000000000001.mp4",
        "daily.reels.hub_7342200000000000011.mp4",
        "daily.reels.hub_7342200000000000012.mp4",
        "tourist.lena_7344400000000000041.mp4",
        "tourist.lena_7344400000000000042.mp4");
    assertThat(SINK.posts).filteredOn(p -> p.post().key().platform().equals("youtube"))
        .allSatisfy(p -> assertThat(p.video()).as("yt-dlp --skip-download").isEmpty());
  }
}
