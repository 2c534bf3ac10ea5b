package org.reeltrace.store;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.reeltrace.core.Signal;

/** Reads and writes the {@code signal} and {@code signal_run} tables. */
final class SignalTable {
  private SignalTable() {}

  /** A producer's name and version, {@code on-screen-v2}: the name with "-v" is group 1. */
  private static final Pattern VERSIONED = Pattern.compile("(.+-v)[0-9]+");

  static void replace(Handle h, SignalSubject subject, String producer, List<Signal> signals, String problem,
      Instant now) {
    delete(h, DELETE_SIGNALS, subject, producer);
    Matcher versioned = VERSIONED.matcher(producer);
    if (versioned.matches()) {
      Pattern sameName = Pattern.compile(Pattern.quote(versioned.group(1)) + "[0-9]+");
      for (String other : producers(h, subject)) {
        if (!other.equals(producer) && sameName.matcher(other).matches()) {
          delete(h, DELETE_SIGNALS, subject, other);
          delete(h, DELETE_RUNS, subject, other);
        }
      }
    }
    for (Signal s : signals) {
      h.createUpdate("""
              INSERT INTO signal (subject_type, platform, subject_id, producer, kind, indicates, matched,
                found_in, strength, reference)
              VALUES (:type, :platform, :id, :producer, :kind, :indicates, :matched, :foundIn, :strength,
                :reference)
              """)
          .bind("type", subject.type())
          .bind("platform", subject.platform())
          .bind("id", subject.id())
          .bind("producer", producer)
          .bind("kind", s.kind().name())
          .bind("indicates", s.indicates())
          .bind("matched", s.matched())
          .bind("foundIn", s.foundIn())
          .bind("strength", s.strength())
          .bind("reference", s.reference())
          .execute();
    }
    h.createUpdate("""
            INSERT INTO signal_run (subject_type, platform, subject_id, producer, problem, created_at)
            VALUES (:type, :platform, :id, :producer, :problem, :createdAt)
            ON CONFLICT (subject_type, platform, subject_id, producer) DO UPDATE
              SET problem = excluded.problem, created_at = excluded.created_at
            """)
        .bind("type", subject.type())
        .bind("platform", subject.platform())
        .bind("id", subject.id())
        .bind("producer", producer)
        .bind("problem", problem)
        .bind("createdAt", now.toEpochMilli())
        .execute();
  }

  /** The producers that wrote signals or runs for the subject. */
  private static List<String> producers(Handle h, SignalSubject subject) {
    return h.createQuery("""
            SELECT producer FROM signal WHERE subject_type = :type AND platform = :platform AND subject_id = :id
            UNION
            SELECT producer FROM signal_run WHERE subject_type = :type AND platform = :platform AND subject_id = :id
            """)
        .bind("type", subject.type())
        .bind("platform", subject.platform())
        .bind("id", subject.id())
        .mapTo(String.class)
        .list();
  }

  private static final String DELETE_SIGNALS = """
      DELETE FROM signal
      WHERE subject_type = :type AND platform = :platform AND subject_id = :id AND producer = :producer
      """;
  private static final String DELETE_RUNS = """
      DELETE FROM signal_run
      WHERE subject_type = :type AND platform = :platform AND subject_id = :id AND producer = :producer
      """;

  /** Deletes one producer's rows of the subject with {@link #DELETE_SIGNALS} or {@link #DELETE_RUNS}. */
  private static void delete(Handle h, String statement, SignalSubject subject, String producer) {
    h.createUpdate(statement)
        .bind("type", subject.type())
        .bind("platform", subject.platform())
        .bind("id", subject.id())
        .bind("producer", producer)
        .execute();
  }

  static boolean hasRun(Handle h, SignalSubject subject, String producer) {
    return h.createQuery("""
            SELECT COUNT(*) FROM signal_run
            WHERE subject_type = :type AND platform = :platform AND subject_id = :id AND producer = :producer
            """)
        .bind("type", subject.type())
        .bind("platform", subject.platform())
        .bind("id", subject.id())
        .bind("producer", producer)
        .mapTo(Integer.class)
        .one() > 0;
  }

  static List<StoredSignal> of(Handle h, SignalSubject subject) {
    return h.createQuery("""
            SELECT producer, kind, indicates, matched, found_in, strength, reference FROM signal
            WHERE subject_type = :type AND platform = :platform AND subject_id = :id
            ORDER BY producer, id
            """)
        .bind("type", subject.type())
        .bind("platform", subject.platform())
        .bind("id", subject.id())
        .map((rs, ctx) -> new StoredSignal(subject, rs.getString("producer"), new Signal(
            Signal.Kind.valueOf(rs.getString("kind")), rs.getString("indicates"), rs.getString("matched"),
            rs.getString("found_in"), rs.getDouble("strength"), rs.getString("reference"))))
        .list();
  }

  static List<StoredSignal> all(Handle h) {
    return h.createQuery("""
            SELECT subject_type, platform, subject_id, producer, kind, indicates, matched, found_in, strength,
              reference
            FROM signal ORDER BY subject_type, platform, subject_id, producer, id
            """)
        .map((rs, ctx) -> new StoredSignal(
            new SignalSubject(rs.getString("subject_type"), rs.getString("platform"), rs.getString("subject_id")),
            rs.getString("producer"), new Signal(
            Signal.Kind.valueOf(rs.getString("kind")), rs.getString("indicates"), rs.getString("matched"),
            rs.getString("found_in"), rs.getDouble("strength"), rs.getString("reference"))))
        .list();
  }
}
