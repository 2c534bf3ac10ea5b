package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reeltrace analyze} and {@code reeltrace search} end to end on real videos. */
class AnalyzeCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static Path sample(String name) {
    return TestData.root().resolve("vpdq/sample-videos").resolve(name);
  }

  @Test
  void fingerprintsMatchesTracesLineageAndResumes() throws IOException {
    ArchiveBuilder a = new ArchiveBuilder(dir.resolve("archive"))
        .copy(sample("chair-orig-22-sd-bar.mp4"), "v/a.mp4")
        .copy(sample("chair-22-sd-sepia-bar.mp4"), "v/b.mp4")
        .copy(sample("pattern-sd-grey-bar.mp4"), "v/c.mp4")
        .file("v/broken.mp4", "not a video")
        .file("manifest.csv", """
            platform,post_id,channel,posted_at,caption,video_path
            tiktok,1,origin,2019-01-01,first,v/a.mp4
            tiktok,2,lifter,2020-01-01,copy,v/b.mp4
            tiktok,3,other,2020-02-01,unrelated,v/c.mp4
            tiktok,4,other,2020-02-02,broken,v/broken.mp4
            """);
    String db = "jdbc:sqlite:" + dir.resolve("r.db");
    Path out = dir.resolve("out");

    CommandRun run = CommandRun.of("analyze", a.root().toString(), "--out", out.toString(), "--db", db);

    assertThat(run.exitCode()).isZero();
    assertThat(run.errLines()).singleElement().asString().contains("broken.mp4");
    assertThat(run.out()).contains("fingerprinted 3 new video files (0 failed)");
    List<String> matches = Files.readAllLines(out.resolve("matches.jsonl"));
    assertThat(matches).hasSize(1);
    JsonNode pair = JSON.readTree(matches.get(0));
    assertThat(List.of(pair.get("a").get("postId").asText(), pair.get("b").get("postId").asText()))
        .containsExactlyInAnyOrder("1", "2");
    assertThat(pair.get("segments")).isNotEmpty();
    assertThat(Files.readString(out.resolve("report.html")))
        .as("keyframes of the matched seconds, decoded from the archived videos")
        .contains("data:image/jpeg;base64,");
    assertThat(out.resolve("lineage.gexf")).isNotEmptyFile();
    assertThat(out.resolve("posts.csv")).isNotEmptyFile();
    JsonNode report = JSON.readTree(out.resolve("report.json").toFile());
    assertThat(report.get("clusters")).hasSize(1);
    assertThat(report.get("channelEdges").toString()).contains("origin", "lifter");
    // a sepia copy matches on whole pictures; each match names its view (lineage compares scores within one)
    assertThat(report.get("matches").findValuesAsText("view")).isNotEmpty().containsOnly("WHOLE_PICTURES");

    CommandRun again = CommandRun.of("analyze", a.root().toString(), "--out", out.toString(), "--db", db);
    assertThat(again.out()).contains("fingerprinted 0 new video files");
    assertThat(Files.readAllLines(out.resolve("matches.jsonl"))).isEqualTo(matches);

    CommandRun search = CommandRun.of("search", sample("chair-22-sd-grey-bar.mp4").toString(), "--db", db, "--json");
    assertThat(search.exitCode()).isZero();
    JsonNode found = JSON.readTree(search.out());
    assertThat(found.get("videosSearched").asInt()).isEqualTo(3);
    assertThat(found.get("matches").findValuesAsText("video")).hasSize(2);
    assertThat(found.get("matches").findValues("posts").toString()).contains("tiktok:1", "tiktok:2");
    assertThat(found.get("matches").findValuesAsText("view")).containsOnly("WHOLE_PICTURES");
  }
}
