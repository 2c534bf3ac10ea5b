package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of an archive in all four formats, with bad items mixed in, end to end through the CLI. */
class IngestCommandTest {
  @TempDir Path dir;
  private Path archive;
  private String db;

  @BeforeEach
  void writeArchive() {
    ArchiveBuilder a = new ArchiveBuilder(dir.resolve("archive"));
    Path video = TestData.smallVideo();
    // yt-dlp: two posts with the same video bytes (one media file), one metadata only,
    // one whose video is not a video at all.
    a.infoJson("ytdlp", "7100000000000000001", "Origin_Cam", 100, 1700000000, video)
        .infoJson("ytdlp", "7100000000000000002", "origin_cam", 50, 1700000000, video)
        .infoJson("ytdlp", "7100000000000000003", "origin_cam", 70, 1700000000, null)
        .infoJson("ytdlp", "7100000000000000004", "origin_cam", 70, 1700000000, null)
        .file("ytdlp/7100000000000000004.mp4", "this is not a video");
    // Research API: two good videos (one is the same post as a yt-dlp one), one with a bad count.
    a.file(
        "research/page1.json",
        "{\"data\": {\"videos\": [\n"
            + ArchiveBuilder.researchVideo("7100000000000000001", "origin_cam", "120") + ",\n"
            + ArchiveBuilder.researchVideo("7200000000000000001", "seoul_lifter", "9000") + ",\n"
            + ArchiveBuilder.researchVideo("7200000000000000002", "seoul_lifter", "\"lots\"") + "\n"
            + "], \"cursor\": 3, \"has_more\": false}, \"error\": {\"code\": \"ok\"}}\n");
    // Zeeschuimer: two good lines, one malformed line.
    a.append("4cat/tiktok.ndjson", ArchiveBuilder.zeeschuimerLine("7300000000000000001", "bus_tourist", 40, 1700000000000L))
        .append("4cat/tiktok.ndjson", "{\"data\": {\"id\": \n")
        .append("4cat/tiktok.ndjson", ArchiveBuilder.zeeschuimerLine("7300000000000000002", "bus_tourist", 41, 1700000000000L));
    // CSV: one row with another copy of the video, one whose video is missing.
    a.copy(video, "csv/clips/a.mp4")
        .file(
            "csv/manifest.csv",
            "platform,post_id,channel,posted_at,caption,video_path\n"
                + "douyin,7400000000000000001,dy_origin,2019-08-01T10:00:00Z,\"朝鲜, 平壤\",clips/a.mp4\n"
                + "douyin,7400000000000000002,dy_origin,2019-08-02,second,clips/missing.mp4\n");
    // Not an archive format at all: skipped silently. An unrecognised JSON: one error.
    a.file("README.txt", "notes").file("other/settings.json", "{\"theme\": \"dark\"}");
    archive = a.root();
    db = "jdbc:sqlite:" + dir.resolve("reeltrace.db");
  }

  @Test
  void countsEveryFormatAndReportsEachBadItemOnce() {
    CommandRun run = CommandRun.of("ingest", archive.toString(), "--db", db);

    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines())
        .hasSize(5)
        .anySatisfy(l -> assertThat(l).contains("7100000000000000004.mp4"))
        .anySatisfy(l -> assertThat(l).contains("page1.json").contains("view_count"))
        .anySatisfy(l -> assertThat(l).startsWith(archive.resolve("4cat/tiktok.ndjson") + ":2:"))
        .anySatisfy(l -> assertThat(l).contains("manifest.csv").contains("missing.mp4"))
        .anySatisfy(l -> assertThat(l).contains("settings.json"));
    assertThat(stats()).isEqualTo("{\"channels\":4,\"posts\":7,\"media\":1,\"errors\":5}\n");
  }

  @Test
  void aSecondRunChangesNothing() {
    CommandRun.of("ingest", archive.toString(), "--db", db);
    String first = stats();
    CommandRun again = CommandRun.of("ingest", archive.toString(), "--db", db);
    assertThat(again.exitCode()).isZero();
    assertThat(again.errLines()).hasSize(5);
    assertThat(stats()).isEqualTo(first);
  }

  private String stats() {
    CommandRun stats = CommandRun.of("stats", "--json", "--db", db);
    assertThat(stats.exitCode()).isZero();
    return stats.out();
  }
}
