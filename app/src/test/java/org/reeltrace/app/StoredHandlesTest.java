package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.store.Store;

/** The stored channels' names for the on-screen reader, from a real ingested archive and SQLite store. */
class StoredHandlesTest {
  @TempDir Path dir;

  @Test
  void eachStoredChannelIsLookedForOnceByItsHandleAndId() {
    ArchiveBuilder a = new ArchiveBuilder(dir.resolve("archive"));
    a.append("4cat/tiktok.ndjson", ArchiveBuilder.zeeschuimerLine("7300000000000000001", "bus_tourist", 40, 1700000000000L))
        .append("4cat/tiktok.ndjson", ArchiveBuilder.zeeschuimerLine("7300000000000000002", "other.cam", 41, 1700000000000L));
    String db = "jdbc:sqlite:" + dir.resolve("reeltrace.db");
    assertThat(CommandRun.of("ingest", a.root().toString(), "--db", db).exitCode()).isZero();

    try (Store store = Store.open(db)) {
      assertThat(StoredHandles.of(store).size()).isEqualTo(2);
    }
  }
}
