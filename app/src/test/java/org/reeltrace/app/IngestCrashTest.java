package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.store.Store;

/**
 * Kills an ingest with SIGKILL half way through a large archive, runs it again, and checks that the
 * store ends exactly as after one clean run.
 */
class IngestCrashTest {
  private static final int NDJSON_FILES = 40;
  private static final int LINES_PER_FILE = 250;
  private static final int VIDEO_POSTS = 60;

  @TempDir Path dir;
  private Path archive;

  @BeforeEach
  void writeLargeArchive() {
    ArchiveBuilder a = new ArchiveBuilder(dir.resolve("archive"));
    for (int f = 0; f < NDJSON_FILES; f++) {
      StringBuilder lines = new StringBuilder();
      for (int i = 0; i < LINES_PER_FILE; i++) {
        String id = String.valueOf(7_500_000_000_000_000_000L + f * 1000L + i);
        lines.append(ArchiveBuilder.zeeschuimerLine(id, "acct" + (i % 37), i, 1_700_000_000_000L));
        if (i == 100) {
          lines.append("{broken json\n");
        }
      }
      a.file("4cat/export-" + f + ".ndjson", lines.toString());
    }
    for (int i = 0; i < VIDEO_POSTS; i++) {
      Path video = i % 2 == 0 ? TestData.smallVideo() : TestData.otherVideo();
      a.infoJson("ytdlp/" + (i % 5), String.valueOf(7_600_000_000_000_000_000L + i), "cam" + (i % 3), i,
          1_700_000_000L, video);
    }
    archive = a.root();
  }

  @Test
  void aKilledIngestRunAgainEndsWithTheCountsOfACleanRun() throws Exception {
    String clean = "jdbc:sqlite:" + dir.resolve("clean.db");
    assertThat(CommandRun.of("ingest", archive.toString(), "--db", clean).exitCode()).isZero();
    String expected = CommandRun.of("stats", "--json", "--db", clean).out();
    assertThat(expected).isEqualTo(
        "{\"channels\":40,\"posts\":" + (NDJSON_FILES * LINES_PER_FILE + VIDEO_POSTS)
            + ",\"media\":2,\"errors\":" + NDJSON_FILES + "}\n");

    String crashed = "jdbc:sqlite:" + dir.resolve("crashed.db");
    Process child = startIngestInChildJvm(crashed);
    long storedAtKill = waitForSomePostsThenKill(child, crashed);
    assertThat(storedAtKill)
        .as("the kill must land in the middle of the run")
        .isBetween(1L, (long) NDJSON_FILES * LINES_PER_FILE - 1);

    assertThat(CommandRun.of("ingest", archive.toString(), "--db", crashed).exitCode()).isZero();
    assertThat(CommandRun.of("stats", "--json", "--db", crashed).out()).isEqualTo(expected);
  }

  private Process startIngestInChildJvm(String db) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(
        java, "-cp", System.getProperty("java.class.path"), ReelTrace.class.getName(),
        "ingest", archive.toString(), "--db", db);
    return new ProcessBuilder(command)
        .redirectOutput(dir.resolve("child.out").toFile())
        .redirectError(dir.resolve("child.err").toFile())
        .start();
  }

  private static long waitForSomePostsThenKill(Process child, String db) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    long posts = 0;
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (Files.exists(Path.of(db.substring("jdbc:sqlite:".length())))) {
        try (Store store = Store.open(db)) {
          posts = store.stats().posts();
        } catch (RuntimeException stillMigrating) {
          posts = 0;
        }
        if (posts >= 500) {
          break;
        }
      }
      Thread.sleep(20);
    }
    child.destroyForcibly(); // SIGKILL on Linux
    child.waitFor();
    try (Store store = Store.open(db)) {
      return store.stats().posts();
    }
  }

}
