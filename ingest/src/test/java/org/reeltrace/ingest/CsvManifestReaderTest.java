package org.reeltrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.core.ArchiveFormat;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

class CsvManifestReaderTest {
  private static final Path FILE = Fixtures.archive("csv/manifest.csv");

  @TempDir Path dir;

  @Test
  void mapsRowsInAnyColumnOrder() throws Exception {
    ArchivedPost item = CollectingSink.read(FILE).posts.get(0);

    assertThat(item.format()).isEqualTo(ArchiveFormat.CSV_MANIFEST);
    assertThat(item.channel().key()).isEqualTo(new ChannelKey("tiktok", "hana.daily"));
    assertThat(item.channel().handle()).isEqualTo("Hana.Daily");
    assertThat(item.post().key()).isEqualTo(new PostKey("tiktok", "7311234567890123456"));
    assertThat(item.post().postedAt()).isEqualTo(Instant.parse("2023-12-11T13:06:40Z"));
    assertThat(item.post().hashtags()).containsExactly("riverwalk", "daily");
    assertThat(item.video()).contains(FILE.resolveSibling("videos/hana.mp4"));
    assertThat(item.observedAt()).isEqualTo(Files.getLastModifiedTime(FILE).toInstant());
    assertThat(item.source().toString()).isEqualTo(FILE + ":2");
  }

  @Test
  void quotedMultiLineFieldsKeepLineNumbersRight() {
    CollectingSink sink = CollectingSink.read(FILE);

    ArchivedPost multi = sink.posts.get(1);
    assertThat(multi.post().caption()).isEqualTo("Multi-line caption,\nwith a comma #repost");
    assertThat(multi.source().line()).isEqualTo(3);
    assertThat(multi.video()).isEmpty();
    assertThat(sink.posts).extracting(p -> p.source().line()).containsExactly(2, 3, 6, 7, 10);
    assertThat(sink.posts.get(4).channel().handle()).as("youtube channel ids are no handles").isNull();
  }

  @Test
  void eachBadRowIsOneError() {
    assertThat(CollectingSink.read(FILE).messages()).containsExactly(
        FILE + ":5: video file not found: " + FILE.resolveSibling("videos/missing.mp4"),
        FILE + ":8: missing channel (column \"channel\")",
        FILE + ":9: column \"posted_at\" must be an ISO-8601 date or time or Unix seconds, was \"14/12/2023\"");
  }

  @Test
  void postedAtForms() throws Exception {
    assertThat(CsvManifestReader.postedAt("2024-01-02T03:04:05Z")).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    assertThat(CsvManifestReader.postedAt("2024-01-02T12:04:05+09:00")).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    assertThat(CsvManifestReader.postedAt("2024-01-02T03:04:05")).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    assertThat(CsvManifestReader.postedAt("2024-01-02 03:04")).isEqualTo(Instant.parse("2024-01-02T03:04:00Z"));
    assertThat(CsvManifestReader.postedAt("2024-01-02")).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    assertThat(CsvManifestReader.postedAt("1704164645")).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
    assertThat(CsvManifestReader.postedAt(" ")).isNull();
    assertThatThrownBy(() -> CsvManifestReader.postedAt("2024-02-30")).isInstanceOf(BadItem.class);
  }

  @Test
  void absoluteVideoPathsAndCaseInsensitiveHeaders() {
    Path video = Fixtures.write(dir, "elsewhere/v.mp4", "fake");
    Path csv = Fixtures.write(dir, "m/list.csv",
        "\uFEFFPlatform,Post_ID,Channel,Video_Path\ntiktok,1,a," + video.toAbsolutePath() + "\n");

    CollectingSink sink = CollectingSink.read(csv);
    assertThat(sink.errors).isEmpty();
    assertThat(sink.posts.get(0).video()).contains(video.toAbsolutePath());
    assertThat(sink.posts.get(0).post().postedAt()).isNull();
  }

  @Test
  void csvWithoutTheNeededColumnsIsOneUnknownFormatError() {
    Path file = Fixtures.archive("csv/not-a-manifest.csv");

    assertThat(CollectingSink.read(file).messages()).containsExactly(
        file + ": unknown format: CSV header lacks column(s) platform, post_id, channel"
            + " (a manifest needs platform,post_id,channel)");
  }

  @Test
  void unclosedQuoteIsOneErrorAfterTheGoodRows() {
    Path file = Fixtures.write(dir, "cut.csv", "platform,post_id,channel\ntiktok,1,a\ntiktok,2,\"b\n");

    CollectingSink sink = CollectingSink.read(file);
    assertThat(sink.posts).hasSize(1);
    assertThat(sink.messages()).hasSize(1);
    assertThat(sink.messages().get(0)).startsWith(file + ":").contains("malformed CSV: ");
  }
}
