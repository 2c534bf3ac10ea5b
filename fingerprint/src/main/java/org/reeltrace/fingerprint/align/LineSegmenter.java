package org.reeltrace.fingerprint.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the matches along one temporal line into segments: runs of matched query samples in time
 * order, bridging up to {@code maxGapSamples} unmatched samples, kept when long enough.
 */
final class LineSegmenter {
  /*
   * A run must have at least minMatchedFrames matched query samples, last at least
   * minSegmentSeconds, and use at least two distinct reference frames: at speeds below 1 several
   * query samples may sit near one reference frame, and one reference frame alone (a title card,
   * a still) proves no temporal alignment.
   */
  private final SampledSequence query;
  private final SampledSequence reference;
  private final FramePairs pairs;
  private final AlignerConfig config;

  LineSegmenter(SampledSequence query, SampledSequence reference, FramePairs pairs,
      AlignerConfig config) {
    this.query = query;
    this.reference = reference;
    this.pairs = pairs;
    this.config = config;
  }

  /** The segments on the line, skipping consumed query samples. */
  List<Segment> segments(LineMatches matches, boolean[] consumed) {
    List<Segment> out = new ArrayList<>();
    int first = -1;
    int last = -1;
    int gap = 0;
    for (int i = 0; i < query.size; i++) {
      if (consumed[i]) {
        close(matches, first, last, out);
        first = -1;
        continue;
      }
      if (matches.pairOf[i] >= 0) {
        if (first < 0) {
          first = i;
        }
        last = i;
        gap = 0;
      } else if (first >= 0 && ++gap > config.maxGapSamples()) {
        close(matches, first, last, out);
        first = -1;
      }
    }
    close(matches, first, last, out);
    return out;
  }

  /** Marks the query samples the segment spans as consumed. */
  void consume(Segment segment, boolean[] consumed) {
    for (int i = 0; i < query.size; i++) {
      if (query.times[i] >= segment.queryStart() && query.times[i] < segment.queryEnd()) {
        consumed[i] = true;
      }
    }
  }

  private void close(LineMatches matches, int first, int last, List<Segment> out) {
    if (first < 0) {
      return;
    }
    int matched = 0;
    int distinctReference = 0;
    int lastReference = -1;
    long distanceSum = 0;
    int[] variantVotes = new int[query.variantCount];
    for (int i = first; i <= last; i++) {
      int p = matches.pairOf[i];
      if (p < 0) {
        continue;
      }
      matched++;
      distanceSum += pairs.distance[p];
      variantVotes[pairs.variant[p]]++;
      if (pairs.reference[p] != lastReference) {
        distinctReference++;
        lastReference = pairs.reference[p];
      }
    }
    double queryStart = query.times[first];
    double queryEnd = query.times[last] + query.interval;
    if (query.duration > query.times[last]) {
      queryEnd = Math.min(queryEnd, query.duration);
    }
    if (matched < config.minMatchedFrames() || distinctReference < 2
        || queryEnd - queryStart < config.minSegmentSeconds() - 1e-9) {
      return;
    }
    TemporalLine line = matches.line;
    double referenceStart = clamp(line.referenceTime(queryStart), reference.duration);
    double referenceEnd = clamp(line.referenceTime(queryEnd), reference.duration);
    double meanDistance = (double) distanceSum / matched;
    double coverage = (double) matched / (last - first + 1);
    double score = coverage * (1 - meanDistance / (config.distanceThreshold() + 1));
    int variant = 0;
    for (int v = 1; v < variantVotes.length; v++) {
      if (variantVotes[v] > variantVotes[variant]) {
        variant = v;
      }
    }
    out.add(new Segment(queryStart, queryEnd, referenceStart, referenceEnd, line.speed(),
        line.offset(), matched, meanDistance, score, query.variants[variant]));
  }

  private static double clamp(double t, double duration) {
    return Math.max(0, Math.min(duration, t));
  }
}
