package org.reeltrace.fingerprint.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds which stretches of a query video show which stretches of a reference video, allowing
 * speed changes (0.5x..2x by default), trimming, splicing into other footage, repeated use of one
 * reference stretch, and mirrored or rotated re-uploads (through the query's variants).
 *
 * <p>Usage:
 * <pre>{@code
 * SegmentAligner aligner = new SegmentAligner(AlignerConfig.defaults());
 * VideoMatch match = aligner.align(QueryFingerprint.of(upload), original);
 * for (Segment s : match.segments()) { ... }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. See {@link Segment} for the time convention and
 * {@link VideoMatch} for the two kinds of match percentage.
 */
public final class SegmentAligner {
  /*
   * Pipeline:
   * 1. Thin the query to at most maxSamplesPerSecond and the reference to at most
   *    maxReferenceSamplesPerSecond (SampledSequence). The reference stays denser: in fast motion
   *    PDQ hashes of frames a few frames apart already differ by more than the threshold, so a
   *    thinned query sample needs the reference frame of the same phase to match.
   * 2. Compare all query samples (every variant) with all reference samples; keep pairs within
   *    the distance threshold, both frames at or above the quality threshold (FramePairs); this
   *    pass also gives vPDQ's bag-of-frames percentages.
   * 3. Greedily, one segment per round: take the strongest lines t_ref = speed * t_query +
   *    offset of CANDIDATE_LINES well-separated speeds (TemporalHough); refine each (see
   *    refine()); cut each line's matches into segments (LineSegmenter); keep the single
   *    segment with the most similarity-weighted matches, remove the query samples it spans and
   *    repeat, until no line has minMatchedFrames votes or maxSegments are found. Judging lines
   *    by their best segment, not by their total votes, stops a wrong line that grazes two
   *    copies of one reference stretch from beating the true line of each. Each query moment is
   *    explained at most once; a reference stretch may be used many times.
   * 4. Merge neighbouring segments that lie on the same line (the greedy pass may split one
   *    copy whose line was fitted before its whole extent was known).
   */
  private static final int CANDIDATE_LINES = 8;
  private static final double F_SPEED_CHANGE = 5.0;

  private final AlignerConfig config;

  public SegmentAligner(AlignerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public AlignerConfig config() {
    return config;
  }

  /** Aligns the query against the reference. */
  public VideoMatch align(QueryFingerprint query, VideoFingerprint reference) {
    SampledSequence q = SampledSequence.of(query, config.maxSamplesPerSecond());
    SampledSequence r = SampledSequence.of(reference, config.maxReferenceSamplesPerSecond());
    FramePairs pairs = new FramePairs(q, r, config.distanceThreshold(), config.qualityThreshold());
    List<Segment> segments = pairs.count == 0 ? List.of() : segments(q, r, pairs);
    return new VideoMatch(q.videoId, r.videoId, segments, pairs.queryMatchedPercent,
        pairs.referenceMatchedPercent, coveredPercent(segments, true, q.duration),
        coveredPercent(segments, false, r.duration));
  }

  private List<Segment> segments(SampledSequence q, SampledSequence r, FramePairs pairs) {
    TemporalHough hough = new TemporalHough(q, r, config.minSpeed(), config.maxSpeed(),
        config.distanceThreshold());
    LineSegmenter segmenter = new LineSegmenter(q, r, pairs, config);
    double bin = hough.binWidth();
    boolean[] alive = new boolean[pairs.count];
    Arrays.fill(alive, true);
    boolean[] consumed = new boolean[q.size];
    List<Segment> found = new ArrayList<>();
    for (int round = 0; round < 4 * config.maxSegments() && found.size() < config.maxSegments();
        round++) {
      List<TemporalLine> candidates = hough.candidates(pairs, alive, q.times, r.times,
          config.minMatchedFrames(), CANDIDATE_LINES);
      if (candidates.isEmpty()) {
        break;
      }
      Segment best = null;
      LineMatches bestMatches = null;
      for (TemporalLine coarse : candidates) {
        LineMatches matches = refine(coarse, bin, pairs, alive, consumed, q, r);
        for (Segment segment : segmenter.segments(matches, consumed)) {
          if (best == null || support(segment) > support(best)) {
            best = segment;
            bestMatches = matches;
          }
        }
      }
      if (best == null) {
        // No candidate gave a segment: retire the pairs near all of them and look elsewhere.
        for (TemporalLine coarse : candidates) {
          retireNear(coarse, 1.5 * bin, pairs, alive, q.times, r.times);
        }
        continue;
      }
      found.add(best);
      segmenter.consume(best, consumed);
      retire(bestMatches, pairs, alive, consumed);
    }
    found.sort(Comparator.comparingDouble(Segment::queryStart));
    return SegmentMerger.merge(found, q.interval, bin, config);
  }

  /*
   * Refinement: least squares over the matches within 1.5 offset bins of the voted line, again
   * within 0.75 bins of the result. Then Occam's razor: most copies are not retimed, and a short
   * segment cannot tell a small speed change from sampling jitter, so speed 1 (offset fitted) is
   * kept unless the free speed fits the positions significantly better, by the F-test of nested
   * linear models: F = (RSS_1 - RSS_free) / (RSS_free / (n - 2)) above F_SPEED_CHANGE (about the
   * 5 % critical value of F(1, n-2) for n >= 10).
   */
  private LineMatches refine(TemporalLine coarse, double bin, FramePairs pairs, boolean[] alive,
      boolean[] consumed, SampledSequence q, SampledSequence r) {
    LineMatches wide = matchesOn(coarse, 1.5 * bin, pairs, alive, consumed, q, r);
    TemporalLine line = wide.fit(q.times, config.minSpeed(), config.maxSpeed());
    LineMatches near = matchesOn(line, 0.75 * bin, pairs, alive, consumed, q, r);
    TemporalLine free = near.fit(q.times, config.minSpeed(), config.maxSpeed());
    if (config.minSpeed() <= 1 && config.maxSpeed() >= 1 && free.speed() != 1
        && near.count > 2) {
      TemporalLine unit = near.fitAtSpeed(q.times, 1.0);
      double freeResidual = near.residual(free, q.times);
      double unitResidual = near.residual(unit, q.times);
      double noise = Math.max(freeResidual / (near.count - 2), 1e-6 * bin * bin);
      if ((unitResidual - freeResidual) / noise <= F_SPEED_CHANGE) {
        free = unit;
      }
    }
    return matchesOn(free, 0.75 * bin, pairs, alive, consumed, q, r);
  }

  /**
   * How strongly a segment is supported: its matches weighted by squared similarity, so a wrong
   * line that grazes several scenes at the edge of the threshold does not outweigh a shorter
   * line of close matches.
   */
  private double support(Segment segment) {
    double similarity = config.distanceThreshold() + 1 - segment.meanDistance();
    return segment.matchedFrames() * similarity * similarity;
  }

  private LineMatches matchesOn(TemporalLine line, double tolerance, FramePairs pairs,
      boolean[] alive, boolean[] consumed, SampledSequence q, SampledSequence r) {
    return new LineMatches(line, tolerance, pairs, alive, consumed, q.times, r.times,
        config.distanceThreshold());
  }

  private static void retire(LineMatches matches, FramePairs pairs, boolean[] alive,
      boolean[] consumed) {
    for (int i = 0; i < matches.pairOf.length; i++) {
      if (matches.pairOf[i] >= 0) {
        alive[matches.pairOf[i]] = false;
      }
      if (consumed[i]) {
        for (int p = pairs.firstOf[i]; p < pairs.firstOf[i + 1]; p++) {
          alive[p] = false;
        }
      }
    }
  }

  private static void retireNear(TemporalLine line, double tolerance, FramePairs pairs,
      boolean[] alive, double[] qTimes, double[] rTimes) {
    for (int p = 0; p < pairs.count; p++) {
      double predicted = line.referenceTime(qTimes[pairs.query[p]]);
      if (Math.abs(rTimes[pairs.reference[p]] - predicted) <= tolerance) {
        alive[p] = false;
      }
    }
  }

  private static double coveredPercent(List<Segment> segments, boolean query, double duration) {
    if (segments.isEmpty() || duration <= 0) {
      return 0;
    }
    List<double[]> spans = new ArrayList<>();
    for (Segment s : segments) {
      double start = query ? s.queryStart() : s.referenceStart();
      double end = query ? s.queryEnd() : s.referenceEnd();
      spans.add(new double[] {Math.min(start, duration), Math.min(end, duration)});
    }
    spans.sort(Comparator.comparingDouble(a -> a[0]));
    double covered = 0;
    double start = spans.get(0)[0];
    double end = spans.get(0)[1];
    for (double[] span : spans) {
      if (span[0] > end) {
        covered += end - start;
        start = span[0];
        end = span[1];
      } else {
        end = Math.max(end, span[1]);
      }
    }
    covered += end - start;
    return Math.min(100, 100 * covered / duration);
  }
}
