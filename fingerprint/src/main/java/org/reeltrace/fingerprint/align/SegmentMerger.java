package org.reeltrace.fingerprint.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins consecutive segments that continue each other: the second starts within the gap allowance
 * of the first's end in the query, where the first's line predicts it in the reference, at a
 * similar speed.
 */
final class SegmentMerger {
  private static final double SPEED_TOLERANCE = 0.05;

  private SegmentMerger() {}

  /** The segments, sorted by query start, with continuing neighbours joined. */
  static List<Segment> merge(List<Segment> sorted, double queryInterval, double referenceInterval,
      AlignerConfig config) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : sorted) {
      if (!out.isEmpty()) {
        Segment prev = out.get(out.size() - 1);
        double queryGap = s.queryStart() - prev.queryEnd();
        double predicted = prev.speed() * s.queryStart() + prev.offset();
        boolean continues = queryGap >= -1e-9
            && queryGap <= config.maxGapSamples() * queryInterval + 1e-9
            && Math.abs(predicted - s.referenceStart()) <= 1.5 * referenceInterval
            && Math.abs(Math.log(s.speed() / prev.speed())) <= SPEED_TOLERANCE;
        if (continues) {
          out.set(out.size() - 1, join(prev, s, queryInterval));
          continue;
        }
      }
      out.add(s);
    }
    return out;
  }

  private static Segment join(Segment a, Segment b, double queryInterval) {
    int matched = a.matchedFrames() + b.matchedFrames();
    double wa = (double) a.matchedFrames() / matched;
    double wb = 1 - wa;
    double speed = wa * a.speed() + wb * b.speed();
    double offset = wa * a.offset() + wb * b.offset();
    double meanDistance = wa * a.meanDistance() + wb * b.meanDistance();
    double samplesA = a.queryDuration() / queryInterval;
    double samplesB = b.queryDuration() / queryInterval;
    double gapSamples = Math.max(0, (b.queryStart() - a.queryEnd()) / queryInterval);
    double score = (a.score() * samplesA + b.score() * samplesB)
        / (samplesA + samplesB + gapSamples);
    Dihedral variant = a.matchedFrames() >= b.matchedFrames() ? a.variant() : b.variant();
    return new Segment(a.queryStart(), b.queryEnd(), a.referenceStart(), b.referenceEnd(), speed,
        offset, matched, meanDistance, Math.min(1, score), variant);
  }
}
