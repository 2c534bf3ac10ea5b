package org.reeltrace.media;

/**
 * How much a clip looks filmed through the window of a moving vehicle, as measured by
 * {@link VehicleMotionMeter}: the scene slides steadily sideways while part of the picture (a window
 * frame, a pillar, a seat back) stays put.
 *
 * @param seconds                 span of the sampled frames
 * @param pairs                   consecutive sampled frame pairs measured
 * @param lateralFraction         fraction of pairs whose global motion is a clean horizontal translation
 *                                in the clip's dominant direction, 0..1
 * @param steadySeconds           longest unbroken run of such pairs, in seconds
 * @param meanSpeedPxPerSecond    mean horizontal speed of those pairs in pixels of the decoded frame per second
 * @param meanSpeedWidthsPerSecond the same in frame widths per second
 * @param staticShare             of the picture's informative pixels (those that would change if they moved
 *                                with the scene), the fraction that stays still, 0..1
 */
public record VehicleMotion(
    double seconds,
    int pairs,
    double lateralFraction,
    double steadySeconds,
    double meanSpeedPxPerSecond,
    double meanSpeedWidthsPerSecond,
    double staticShare) {
  public VehicleMotion {
    if (pairs < 0) {
      throw new IllegalArgumentException("pairs must be >= 0, was " + pairs);
    }
    requireFraction(lateralFraction, "lateralFraction");
    requireFraction(staticShare, "staticShare");
    requireNonNegative(seconds, "seconds");
    requireNonNegative(steadySeconds, "steadySeconds");
    requireNonNegative(meanSpeedPxPerSecond, "meanSpeedPxPerSecond");
    requireNonNegative(meanSpeedWidthsPerSecond, "meanSpeedWidthsPerSecond");
  }

  /** No motion measured (fewer than two frames). */
  static VehicleMotion none(double seconds) {
    return new VehicleMotion(seconds, 0, 0, 0, 0, 0, 0);
  }

  private static void requireFraction(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be 0..1, was " + value);
    }
  }

  private static void requireNonNegative(double value, String name) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
    }
  }
}
