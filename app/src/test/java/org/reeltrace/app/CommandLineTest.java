package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path dir;

  @Test
  void containerCreationTimesAreReadAsFfmpegWritesThem() {
    assertThat(VideoFiles.instant("2019-08-01T10:00:00.000000Z"))
        .contains(java.time.Instant.parse("2019-08-01T10:00:00Z"));
    assertThat(VideoFiles.instant("2019-08-01 10:00:00")).contains(java.time.Instant.parse("2019-08-01T10:00:00Z"));
    assertThat(VideoFiles.instant("yesterday")).isEmpty();
  }

  @Test
  void helpListsTheCommands() {
    CommandRun run = CommandRun.of("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("ingest", "stats", "demo", "catalog", "soundtrack");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void statsOfAnEmptyStoreAreZeros() {
    CommandRun run = CommandRun.of("stats", "--json", "--db", "jdbc:sqlite:" + dir.resolve("s.db"));
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("{\"channels\":0,\"posts\":0,\"media\":0,\"errors\":0}\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    CommandRun run = CommandRun.of("ingest", "--frobnicate", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void anUnsupportedDatabaseIsAUsageError() {
    CommandRun run = CommandRun.of("stats", "--db", "jdbc:mysql://localhost/x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--db: unsupported database 'jdbc:mysql://localhost/x'");
  }

  @Test
  void ingestOfAMissingFolderFailsInOneLine() {
    Path missing = dir.resolve("nope");
    CommandRun run = CommandRun.of("ingest", missing.toString(), "--db", "jdbc:sqlite:" + dir.resolve("s.db"));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly("reeltrace: " + missing + ": not a directory");
  }

  @Test
  void ingestOfAFolderWithNothingToReadFails() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("README.txt"), "not an archive");
    CommandRun run = CommandRun.of("ingest", dir.toString(), "--db", "jdbc:sqlite:" + dir.resolve("s.db"));
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("0 items stored");
  }
}
