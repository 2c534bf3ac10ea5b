package org.reeltrace.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reeltrace.core.PostKey;

/**
 * The edits of an original's timing that an earlier copy made, read from the matcher's aligned segments
 * of the post, the copy and the cluster's origin: a changed playback speed, and cuts at the start or end
 * of the origin's footage. A re-post inherits its source's timing, so a post that plays the footage at
 * a copy's changed speed, or starts or ends it where that copy cut it, may carry that copy's edits; and
 * a post that plays the footage at the origin's speed where a copy changed it was not made from that copy
 * (it would have had to undo the change exactly).
 */
final class TimingEdits {
  /**
   * How far two speeds may differ and still be the same: the aligner's slope over a few seconds of
   * footage scatters by about 0.02 (speed 0.95 copies read 0.947–0.953 in the lineage evaluation).
   */
  static final double SPEED_TOLERANCE = 0.03;
  /**
   * How far the speed composed from two readings (q's against the origin, p's against q) may lie from the
   * third (p's against the origin) and the three still agree: the errors of two readings add up, and a weak
   * match reads its slope worse (lineage evaluation seed 126: a re-post at the origin's speed read 0.86
   * against a 0.91x sibling read 0.89, where 0.91 was due).
   */
  static final double COMPOSED_TOLERANCE = 2 * SPEED_TOLERANCE;
  /** Matches covering fewer seconds than this say nothing about speed: a short segment's slope is noise. */
  static final double SPEED_SECONDS = 3;
  /**
   * A copy cut the origin's footage when it starts this many seconds or more after the footage's start,
   * or ends as much before its end.
   */
  static final double MIN_CUT = 0.5;
  /**
   * How far (seconds of the origin) two cuts may lie apart and still be the same cut: the aligner places
   * segment ends to about one sampled frame (a trim of 1.0 s reads 0.8–1.0 s).
   */
  static final double CUT_TOLERANCE = 0.35;

  /**
   * A post shows footage an earlier copy cut away when it shows at least this many seconds before that
   * copy's start (or after its end), both on the origin's timeline and on the post's own: more than two
   * sampled frames at 5 frames/s, about the error of two segment ends the aligner placed independently.
   * On the lineage evaluation's 17 archives, true sources read at most 0.4 s on one of the two timelines.
   */
  static final double MIN_UNDONE_CUT = 0.6;

  /**
   * A copy as long as the earlier copy, both at the origin's speed and at least this many seconds shorter
   * than the origin, repeats that copy's cuts, though each cut alone may be too short to read
   * ({@value #MIN_CUT} s) from where the aligner places segment ends.
   */
  static final double MIN_TOTAL_CUT = 0.3;
  /** How far (seconds) two videos' durations may differ and still be the same length: one frame at 30/s. */
  static final double SAME_LENGTH = 0.05;

  private final CopySimilarity similarity;
  private final PostKey origin;
  private final Double originSeconds;
  private final Map<PostKey, Double> videoSeconds = new HashMap<>();
  /**
   * Where the origin's footage ends: its video's duration, or the last second of it that any member's match
   * reaches when that is later or the duration is unknown. A copy that keeps the end matches up to the
   * duration itself (lineage evaluation: 220 of 224 untrimmed copies within 0.2 s of it), so when every
   * copy ends a second early they share a cut, which the matches alone would not show.
   */
  private final double originEnd;

  TimingEdits(CopySimilarity similarity, LineagePost origin, List<LineagePost> members) {
    this.similarity = similarity;
    this.origin = origin.key();
    this.originSeconds = origin.videoSeconds();
    double end = originSeconds == null ? 0 : originSeconds;
    for (LineagePost m : members) {
      if (m.videoSeconds() != null) {
        videoSeconds.put(m.key(), m.videoSeconds());
      }
      if (!m.key().equals(this.origin)) {
        end = Math.max(end, similarity.otherSeconds(m.key(), this.origin).map(SecondsRange::end).orElse(0.0));
      }
    }
    this.originEnd = end;
  }

  /**
   * The timing edits of the earlier copy {@code q} that {@code p} repeats, described (e.g. "plays the
   * footage at 1.05× the origin's speed"); empty when none or unknown.
   */
  List<String> repeated(PostKey p, PostKey q) {
    List<String> shared = new ArrayList<>();
    Optional<SecondsRange> pSeen = similarity.otherSeconds(p, origin);
    Optional<SecondsRange> qSeen = similarity.otherSeconds(q, origin);
    Optional<SecondsRange> qFromP = similarity.otherSeconds(p, q);
    if (pSeen.isEmpty() || qSeen.isEmpty() || qFromP.isEmpty()) {
      return shared;
    }
    Speeds speeds = speeds(p, q, 0);
    if (repeatsSpeed(speeds)) {
      shared.add(String.format(Locale.ROOT, "plays the footage at %.2f× the origin's speed", speeds.q()));
    }
    double qStart = qSeen.get().start();
    if (qStart >= MIN_CUT && Math.abs(pSeen.get().start() - qStart) <= CUT_TOLERANCE
        && qFromP.get().start() <= CUT_TOLERANCE) {
      shared.add(String.format(Locale.ROOT, "starts the footage %.1f s into the origin's", qStart));
    }
    double qEnd = qSeen.get().end();
    if (originEnd - qEnd >= MIN_CUT && Math.abs(pSeen.get().end() - qEnd) <= CUT_TOLERANCE) {
      shared.add(String.format(Locale.ROOT, "ends the footage %.1f s before the origin's end", originEnd - qEnd));
    }
    if (shared.isEmpty() && repeatsLength(p, q)) {
      shared.add(String.format(Locale.ROOT, "is as long as that copy (%.1f s), %.1f s shorter than the origin,"
          + " at the origin's speed", videoSeconds.get(q), originSeconds - videoSeconds.get(q)));
    }
    return shared;
  }

  /**
   * Whether {@code p} is as long as the earlier copy {@code q} (within {@value #SAME_LENGTH} s), which is at
   * least {@value #MIN_TOTAL_CUT} s shorter than the origin, starts where q starts and plays at the origin's
   * speed: it repeats q's cuts, though each alone may be too short to read from where the aligner places
   * segment ends.
   */
  boolean repeatsLength(PostKey p, PostKey q) {
    Double pLength = videoSeconds.get(p);
    Double qLength = videoSeconds.get(q);
    Optional<SecondsRange> qFromP = similarity.otherSeconds(p, q);
    return originSeconds != null && pLength != null && qLength != null && qFromP.isPresent()
        && originSeconds - qLength >= MIN_TOTAL_CUT && Math.abs(pLength - qLength) <= SAME_LENGTH
        && qFromP.get().start() <= CUT_TOLERANCE && atOriginSpeed(p, q);
  }

  /**
   * Whether p, q and the origin play the footage at one speed: p at the origin's and q at p's. q's own match
   * with the origin is not asked: speeds compose, and where a copy cut a fraction of a second at both ends
   * the aligner may read its footage as stretched over the origin's whole length instead (lineage
   * evaluation seed 121: a copy cut 0.4 s and 0.2 s read as speed 0.954, its re-post 1:1 with it and with
   * the origin from 0.4 s).
   */
  private boolean atOriginSpeed(PostKey p, PostKey q) {
    Speeds speeds = speeds(p, q, SPEED_SECONDS);
    return speeds != null && Math.abs(speeds.p() - 1) <= SPEED_TOLERANCE
        && Math.abs(speeds.pq() - 1) <= SPEED_TOLERANCE;
  }

  /**
   * Whether {@code p} plays the footage at the changed speed of the earlier copy {@code q} (the three
   * matches agree on it): a change p would repeat only by chance had it not been made from q.
   */
  boolean repeatsSpeed(PostKey p, PostKey q) {
    return repeatsSpeed(speeds(p, q, 0));
  }

  private static boolean repeatsSpeed(Speeds speeds) {
    return speeds != null && Math.abs(speeds.q() - 1) > SPEED_TOLERANCE
        && Math.abs(speeds.p() - speeds.q()) <= SPEED_TOLERANCE && Math.abs(speeds.pq() - 1) <= SPEED_TOLERANCE;
  }

  /**
   * Why the earlier copy {@code q} is not {@code p}'s source: it changed the origin's speed and p plays
   * the footage at the origin's speed (the three matches agree on it); empty when that is not so.
   */
  Optional<String> undoneSpeed(PostKey p, PostKey q) {
    Speeds speeds = speeds(p, q, SPEED_SECONDS);
    if (speeds == null || Math.abs(speeds.q() - 1) <= SPEED_TOLERANCE
        || Math.abs(speeds.p() - 1) > SPEED_TOLERANCE / 2
        || Math.abs(speeds.pq() - 1) <= SPEED_TOLERANCE
        || Math.abs(speeds.pq() * speeds.q() - speeds.p()) > COMPOSED_TOLERANCE) {
      return Optional.empty();
    }
    return Optional.of(String.format(Locale.ROOT,
        "that copy plays the footage at %.2f× the origin's speed, this post at the origin's own (%.2f×)", speeds.q(),
        speeds.p()));
  }

  /**
   * Why the earlier copy {@code q} is not {@code p}'s source: p shows footage of the origin that q cut off
   * at its start or end ({@value #MIN_UNDONE_CUT} s or more, on the origin's timeline and on p's alike);
   * empty when that is not so or a match is missing.
   */
  Optional<String> undoneCut(PostKey p, PostKey q) {
    Optional<SecondsRange> pSeen = similarity.otherSeconds(p, origin);
    Optional<SecondsRange> qSeen = similarity.otherSeconds(q, origin);
    Optional<SecondsRange> pWithOrigin = similarity.otherSeconds(origin, p);
    Optional<SecondsRange> pWithQ = similarity.otherSeconds(q, p);
    if (pSeen.isEmpty() || qSeen.isEmpty() || pWithOrigin.isEmpty() || pWithQ.isEmpty()) {
      return Optional.empty();
    }
    double before = qSeen.get().start() - pSeen.get().start();
    if (before >= MIN_UNDONE_CUT && pWithQ.get().start() - pWithOrigin.get().start() >= MIN_UNDONE_CUT) {
      return Optional.of(String.format(Locale.ROOT,
          "that copy starts the footage %.1f s into the origin's, this post shows %.1f s of the origin's footage"
              + " before that", qSeen.get().start(), before));
    }
    double after = pSeen.get().end() - qSeen.get().end();
    if (after >= MIN_UNDONE_CUT && pWithOrigin.get().end() - pWithQ.get().end() >= MIN_UNDONE_CUT) {
      return Optional.of(String.format(Locale.ROOT,
          "that copy ends the footage at %.1f s of the origin's, this post shows %.1f s of the origin's footage"
              + " after that", qSeen.get().end(), after));
    }
    return Optional.empty();
  }

  /**
   * Speeds of p and q relative to the origin and of q relative to p (seconds of the second per second of
   * the first), or null when a match is missing or too short to tell; p's match with the origin needs to
   * cover only {@code pOriginSeconds}. For a repeated speed that may be short: q's changed speed and p's 1:1
   * with q, each read over {@value #SPEED_SECONDS} s or more, already make p's speed q's (speeds compose),
   * p's own reading only has to agree (lineage evaluation seed 2: a post matched its origin over 2.8 s
   * at 0.950, the copy it was made from over 5 s at 1.000, that copy the origin at 0.948).
   */
  private Speeds speeds(PostKey p, PostKey q, double pOriginSeconds) {
    if (similarity.coveredSeconds(p, origin) < pOriginSeconds
        || similarity.coveredSeconds(q, origin) < SPEED_SECONDS
        || similarity.coveredSeconds(p, q) < SPEED_SECONDS) {
      return null;
    }
    OptionalDouble pSpeed = similarity.speed(p, origin);
    OptionalDouble qSpeed = similarity.speed(q, origin);
    OptionalDouble pqSpeed = similarity.speed(p, q);
    if (pSpeed.isEmpty() || qSpeed.isEmpty() || pqSpeed.isEmpty()) {
      return null;
    }
    return new Speeds(pSpeed.getAsDouble(), qSpeed.getAsDouble(), pqSpeed.getAsDouble());
  }

  private record Speeds(double p, double q, double pq) {}
}
