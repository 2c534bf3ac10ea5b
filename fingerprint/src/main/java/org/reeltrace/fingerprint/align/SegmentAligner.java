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
   * 3. Greedily: find the line t_ref = speed * t_query + offset with the most supporting query
   *    samples (TemporalHough); refine it twice by least squares over the pair nearest the line
   *    for each query sample (LineMatches, tolerance 1.5 then 0.75 offset bins, a bin being the
   *    larger of the query's and the reference's sample interval);
   *    cut its matches into segments (LineSegmenter); remove the query samples those segments
   *    span and repeat, until no line has minMatchedFrames votes or maxSegments are found. Each
   *    query moment is explained at most once; a reference stretch may be used many times.
   * 4. Merge neighbouring segments that lie on the same line (the greedy pass may split one
   *    copy whose line was fitted before its whole extent was known).
   */
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
      TemporalLine coarse = hough.strongest(pairs, alive, q.times, r.times,
          config.minMatchedFrames());
      if (coarse == null) {
        break;
      }
      LineMatches wide = new LineMatches(coarse, 1.5 * bin, pairs, alive, consumed,
          q.times, r.times);
      TemporalLine line = wide.fit(pairs, q.times, r.times, config.minSpeed(), config.maxSpeed());
      LineMatches near = new LineMatches(line, 0.75 * bin, pairs, alive, consumed,
          q.times, r.times);
      line = near.fit(pairs, q.times, r.times, config.minSpeed(), config.maxSpeed());
      LineMatches matches = new LineMatches(line, 0.75 * bin, pairs, alive, consumed,
          q.times, r.times);
      List<Segment> onLine = segmenter.segments(matches, consumed);
      found.addAll(onLine);
      // Retire the pairs this line explained, or if it gave no segment all pairs near it, so the
      // next round looks elsewhere.
      if (onLine.isEmpty()) {
        retireNear(coarse, 1.5 * bin, pairs, alive, q.times, r.times);
        retireNear(line, 1.5 * bin, pairs, alive, q.times, r.times);
      } else {
        retire(matches, pairs, alive, consumed);
      }
    }
    found.sort(Comparator.comparingDouble(Segment::queryStart));
    return SegmentMerger.merge(found, q.interval, bin, config);
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
