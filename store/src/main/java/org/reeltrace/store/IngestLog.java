package org.reeltrace.store;

import java.time.Instant;
import org.jdbi.v3.core.Handle;
import org.reeltrace.core.ItemError;

/** Ingest runs and the items each run rejected. */
final class IngestLog {
  private IngestLog() {}

  static long start(Handle h, String archiveRoot, Instant now) {
    return h.createQuery("""
            INSERT INTO ingest_run (archive_root, started_at) VALUES (:root, :startedAt)
            RETURNING id
            """)
        .bind("root", archiveRoot)
        .bind("startedAt", now.toEpochMilli())
        .mapTo(Long.class)
        .one();
  }

  /** Records a rejected item once per run: the same location again keeps the first problem. */
  static void recordError(Handle h, long runId, ItemError error) {
    requireRun(h, runId);
    h.createUpdate("""
            INSERT INTO ingest_error (run_id, source_file, source_line, problem)
            VALUES (:runId, :file, :line, :problem)
            ON CONFLICT (run_id, source_file, source_line) DO NOTHING
            """)
        .bind("runId", runId)
        .bind("file", error.source().file().toString())
        .bind("line", error.source().line())
        .bind("problem", error.problem())
        .execute();
  }

  static void finish(Handle h, long runId, Instant now) {
    int updated = h.createUpdate("UPDATE ingest_run SET finished_at = :finishedAt WHERE id = :id")
        .bind("finishedAt", now.toEpochMilli())
        .bind("id", runId)
        .execute();
    if (updated == 0) {
      throw new StoreException("no ingest run " + runId);
    }
  }

  private static void requireRun(Handle h, long runId) {
    boolean exists = h.createQuery("SELECT COUNT(*) FROM ingest_run WHERE id = :id")
        .bind("id", runId)
        .mapTo(Long.class)
        .one() > 0;
    if (!exists) {
      throw new StoreException("no ingest run " + runId);
    }
  }
}
