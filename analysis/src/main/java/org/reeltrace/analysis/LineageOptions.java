package org.reeltrace.analysis;

/**
 * Settings of the lineage and coordination analysis.
 *
 * @param oldFootageDays          footage counts as "old" for a post when its first appearance is more
 *                                than this many days before the post (default 30)
 * @param coordinationSeconds     the coordination interval in seconds, or null to estimate it from the
 *                                data as CooRnet does
 * @param coordinationQuantile    CooRnet's {@code q}: the share of clusters with the quickest second
 *                                share that the estimate looks at (default 0.1)
 * @param coordinationShareFraction CooRnet's {@code p}: the fraction of a cluster's shares to reach
 *                                (default 0.5)
 * @param repetition              how many different clusters two accounts must co-share within the
 *                                interval to be linked (default 2)
 * @param noiseSeconds            a post that shows at most this many seconds of a cluster's footage is
 *                                no member of it: alignment noise at the ends of segments (default 2)
 * @param trimSeconds             seconds left out at each end of a shared segment when linking footage,
 *                                as segment ends are imprecise (default 1.0)
 * @param topSources              how many top source channels to list per channel (default 5)
 */
public record LineageOptions(
    int oldFootageDays,
    Double coordinationSeconds,
    double coordinationQuantile,
    double coordinationShareFraction,
    int repetition,
    int noiseSeconds,
    double trimSeconds,
    int topSources) {
  public LineageOptions {
    if (oldFootageDays < 0) {
      throw new IllegalArgumentException("oldFootageDays must be >= 0, was " + oldFootageDays);
    }
    if (coordinationSeconds != null && !(coordinationSeconds >= 0)) {
      throw new IllegalArgumentException("coordinationSeconds must be >= 0, was " + coordinationSeconds);
    }
    if (!(coordinationQuantile > 0 && coordinationQuantile <= 1)) {
      throw new IllegalArgumentException("coordinationQuantile must be in (0, 1], was " + coordinationQuantile);
    }
    if (!(coordinationShareFraction >= 0 && coordinationShareFraction < 1)) {
      throw new IllegalArgumentException(
          "coordinationShareFraction must be in [0, 1), was " + coordinationShareFraction);
    }
    if (repetition < 1) {
      throw new IllegalArgumentException("repetition must be >= 1, was " + repetition);
    }
    if (noiseSeconds < 0) {
      throw new IllegalArgumentException("noiseSeconds must be >= 0, was " + noiseSeconds);
    }
    if (!(trimSeconds >= 0) || Double.isInfinite(trimSeconds)) {
      throw new IllegalArgumentException("trimSeconds must be >= 0, was " + trimSeconds);
    }
    if (topSources < 1) {
      throw new IllegalArgumentException("topSources must be >= 1, was " + topSources);
    }
  }

  /** The defaults: 30 days, estimated interval with q = 0.1 and p = 0.5, repetition 2. */
  public static LineageOptions defaults() {
    return new LineageOptions(30, null, 0.1, 0.5, 2, 2, 1.0, 5);
  }

  public LineageOptions withOldFootageDays(int days) {
    return new LineageOptions(days, coordinationSeconds, coordinationQuantile, coordinationShareFraction,
        repetition, noiseSeconds, trimSeconds, topSources);
  }

  public LineageOptions withCoordinationSeconds(Double seconds) {
    return new LineageOptions(oldFootageDays, seconds, coordinationQuantile, coordinationShareFraction,
        repetition, noiseSeconds, trimSeconds, topSources);
  }

  public LineageOptions withRepetition(int times) {
    return new LineageOptions(oldFootageDays, coordinationSeconds, coordinationQuantile,
        coordinationShareFraction, times, noiseSeconds, trimSeconds, topSources);
  }
}
