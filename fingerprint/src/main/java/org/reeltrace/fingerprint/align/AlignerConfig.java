package org.reeltrace.fingerprint.align;

/**
 * Settings of {@link SegmentAligner}; {@link #defaults()} documents the chosen values.
 *
 * @param distanceThreshold    largest Hamming distance (0..256) at which two frames match;
 *                             vPDQ's and PDQ's customary 31
 * @param qualityThreshold     frames with PDQ quality below this (0..100) never match; vPDQ's 50
 * @param minSpeed             slowest speed ratio searched (reference seconds per query second)
 * @param maxSpeed             fastest speed ratio searched
 * @param maxGapSamples        unmatched query samples bridged inside one segment
 * @param minMatchedFrames     fewest matched query samples a segment must have
 * @param minSegmentSeconds    shortest query duration a segment must have
 * @param maxSamplesPerSecond  a denser query (e.g. every frame at 30 fps) is thinned to at most
 *                             this rate before aligning
 * @param maxReferenceSamplesPerSecond  likewise for the reference; keep it high, see
 *                             {@link SegmentAligner}
 * @param maxSegments          most segments reported per query and reference
 */
public record AlignerConfig(
    int distanceThreshold,
    int qualityThreshold,
    double minSpeed,
    double maxSpeed,
    int maxGapSamples,
    int minMatchedFrames,
    double minSegmentSeconds,
    double maxSamplesPerSecond,
    double maxReferenceSamplesPerSecond,
    int maxSegments) {
  public AlignerConfig {
    if (distanceThreshold < 0 || distanceThreshold > 256) {
      throw new IllegalArgumentException("distance threshold must be 0..256, was " + distanceThreshold);
    }
    if (qualityThreshold < 0 || qualityThreshold > 100) {
      throw new IllegalArgumentException("quality threshold must be 0..100, was " + qualityThreshold);
    }
    if (!(minSpeed > 0 && maxSpeed >= minSpeed && !Double.isInfinite(maxSpeed))) {
      throw new IllegalArgumentException(
          "speed range must satisfy 0 < min <= max, was [" + minSpeed + ", " + maxSpeed + "]");
    }
    if (maxGapSamples < 0) {
      throw new IllegalArgumentException("max gap must be >= 0 samples, was " + maxGapSamples);
    }
    if (minMatchedFrames < 2) {
      throw new IllegalArgumentException("min matched frames must be >= 2, was " + minMatchedFrames);
    }
    if (!(minSegmentSeconds >= 0)) {
      throw new IllegalArgumentException("min segment duration must be >= 0 s, was " + minSegmentSeconds);
    }
    if (!(maxSamplesPerSecond > 0)) {
      throw new IllegalArgumentException("max samples per second must be > 0, was " + maxSamplesPerSecond);
    }
    if (!(maxReferenceSamplesPerSecond > 0)) {
      throw new IllegalArgumentException(
          "max reference samples per second must be > 0, was " + maxReferenceSamplesPerSecond);
    }
    if (maxSegments < 1) {
      throw new IllegalArgumentException("max segments must be >= 1, was " + maxSegments);
    }
  }

  /**
   * Distance 31 and quality 50 as in vPDQ; speeds 0.5..2.0; gaps of up to 2 samples bridged;
   * segments of at least 3 matched samples and 2 s; the query thinned to at most 4 samples/s,
   * the reference to at most 30; at most 32 segments.
   */
  public static AlignerConfig defaults() {
    return new AlignerConfig(31, 50, 0.5, 2.0, 2, 3, 2.0, 4.0, 30.0, 32);
  }

  /**
   * The settings ReelTrace's copy search uses: as {@link #defaults()} but frames match up to distance
   * 48. The evaluation harness (docs/benchmarks.md, copy detection) found watermarked and mirrored
   * copies at a median distance of 38 and no unrelated frame closer than 80 to a source.
   */
  public static AlignerConfig copySearch() {
    return defaults().withDistanceThreshold(48);
  }

  /** These settings with another distance threshold. */
  public AlignerConfig withDistanceThreshold(int threshold) {
    return new AlignerConfig(threshold, qualityThreshold, minSpeed, maxSpeed, maxGapSamples,
        minMatchedFrames, minSegmentSeconds, maxSamplesPerSecond, maxReferenceSamplesPerSecond,
        maxSegments);
  }

  /** These settings with another quality threshold. */
  public AlignerConfig withQualityThreshold(int threshold) {
    return new AlignerConfig(distanceThreshold, threshold, minSpeed, maxSpeed, maxGapSamples,
        minMatchedFrames, minSegmentSeconds, maxSamplesPerSecond, maxReferenceSamplesPerSecond,
        maxSegments);
  }
}
