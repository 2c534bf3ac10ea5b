package org.reeltrace.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.reeltrace.core.MediaFile;
import org.reeltrace.core.PostKey;

/** Reads and writes the {@code video_fingerprint} table. */
final class FingerprintTable {
  private FingerprintTable() {}

  static void save(Handle h, String sha256, String method, byte[] data, String problem, Instant now) {
    h.createUpdate("""
            INSERT INTO video_fingerprint (sha256, method, data, problem, created_at)
            VALUES (:sha256, :method, :data, :problem, :createdAt)
            ON CONFLICT (sha256, method) DO UPDATE
              SET data = excluded.data, problem = excluded.problem, created_at = excluded.created_at
            """)
        .bind("sha256", sha256)
        .bind("method", method)
        .bind("data", data)
        .bind("problem", problem)
        .bind("createdAt", now.toEpochMilli())
        .execute();
    String family = family(method);
    if (family.equals(method)) {
      return;
    }
    List<String> methods = h.createQuery("SELECT method FROM video_fingerprint WHERE sha256 = :sha256")
        .bind("sha256", sha256)
        .mapTo(String.class)
        .list();
    for (String older : methods) {
      if (!older.equals(method) && family(older).equals(family)) {
        h.createUpdate("DELETE FROM video_fingerprint WHERE sha256 = :sha256 AND method = :method")
            .bind("sha256", sha256)
            .bind("method", older)
            .execute();
      }
    }
  }

  /** A method's name without its version suffix ("pdq-dihedral-v8" → "pdq-dihedral"); unversioned names as they are. */
  private static String family(String method) {
    return method.replaceFirst("-v\\d+$", "");
  }

  static Optional<byte[]> data(Handle h, String sha256, String method) {
    return h.createQuery("""
            SELECT data FROM video_fingerprint
            WHERE sha256 = :sha256 AND method = :method AND data IS NOT NULL
            """)
        .bind("sha256", sha256)
        .bind("method", method)
        .map((rs, ctx) -> rs.getBytes("data"))
        .findOne();
  }

  static List<PendingVideo> pending(Handle h, String method) {
    return h.createQuery("""
            SELECT m.sha256, m.size_bytes, m.container, m.duration_seconds, m.width, m.height,
              (SELECT MIN(pm.path) FROM post_media pm WHERE pm.sha256 = m.sha256) AS path
            FROM media_file m
            WHERE NOT EXISTS (SELECT 1 FROM video_fingerprint f
                              WHERE f.sha256 = m.sha256 AND f.method = :method)
            ORDER BY m.sha256
            """)
        .bind("method", method)
        .map((rs, ctx) -> new PendingVideo(
            new MediaFile(rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("container"),
                ItemReader.nullableDouble(rs, "duration_seconds"), ItemReader.nullableInt(rs, "width"),
                ItemReader.nullableInt(rs, "height")),
            Path.of(rs.getString("path"))))
        .list();
  }

  static void forEach(Handle h, String method, BiConsumer<String, byte[]> action) {
    h.createQuery("""
            SELECT sha256, data FROM video_fingerprint
            WHERE method = :method AND data IS NOT NULL ORDER BY sha256
            """)
        .bind("method", method)
        .map((rs, ctx) -> new Object[] {rs.getString("sha256"), rs.getBytes("data")})
        .forEach(row -> action.accept((String) row[0], (byte[]) row[1]));
  }

  static List<PostKey> postsOf(Handle h, String sha256) {
    return h.createQuery("""
            SELECT platform, post_id FROM post_media WHERE sha256 = :sha256 ORDER BY platform, post_id
            """)
        .bind("sha256", sha256)
        .map((rs, ctx) -> new PostKey(rs.getString("platform"), rs.getString("post_id")))
        .list();
  }
}
