package org.reeltrace.fingerprint.align;

import java.util.Objects;

/**
 * A stretch of the query that shows a stretch of the reference, related by the line
 * {@code t_ref = speed * t_query + offset}.
 *
 * <p>Time convention: {@code [queryStart, queryEnd]} runs from the first matched query sample's
 * time to the last matched query sample's time plus one query sample interval (clipped to the
 * query's duration), so a 10 s clip sampled at 1 fps and matched completely gives
 * {@code [0, 10]}. When the aligner thinned a dense query, the interval is that of the kept
 * samples. The reference interval is the
 * query interval mapped through the line ({@code referenceStart = speed * queryStart + offset},
 * likewise for the end), clipped to the reference's duration.
 *
 * @param speed         reference seconds per query second: 2.0 means the query plays the
 *                      reference twice as fast, 0.5 half as fast
 * @param offset        reference time at query time 0 on the line, in seconds (may be negative)
 * @param matchedFrames query samples in the segment that matched a reference frame on the line
 * @param meanDistance  mean Hamming distance of those matches
 * @param score         0..1: the share of the segment's query samples that matched, times
 *                      {@code 1 - meanDistance / (threshold + 1)}
 * @param variant       the query variant that gave most of the matches (e.g. MIRRORED)
 */
public record Segment(
    double queryStart,
    double queryEnd,
    double referenceStart,
    double referenceEnd,
    double speed,
    double offset,
    int matchedFrames,
    double meanDistance,
    double score,
    Dihedral variant) {
  public Segment {
    Objects.requireNonNull(variant, "variant");
    if (!(queryStart >= 0 && queryEnd > queryStart)) {
      throw new IllegalArgumentException(
          "query interval must satisfy 0 <= start < end, was [" + queryStart + ", " + queryEnd + "]");
    }
    if (!(referenceStart >= 0 && referenceEnd >= referenceStart)) {
      throw new IllegalArgumentException("reference interval must satisfy 0 <= start <= end, was ["
          + referenceStart + ", " + referenceEnd + "]");
    }
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be > 0, was " + speed);
    }
    if (matchedFrames < 1) {
      throw new IllegalArgumentException("matched frames must be >= 1, was " + matchedFrames);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be 0..1, was " + score);
    }
  }

  /** {@code queryEnd - queryStart}. */
  public double queryDuration() {
    return queryEnd - queryStart;
  }

  /** {@code referenceEnd - referenceStart}. */
  public double referenceDuration() {
    return referenceEnd - referenceStart;
  }
}
