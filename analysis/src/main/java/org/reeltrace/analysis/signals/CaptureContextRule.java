package org.reeltrace.analysis.signals;

import java.util.List;
import java.util.Locale;
import org.reeltrace.core.Signal;
import org.reeltrace.core.Signal.Kind;
import org.reeltrace.media.VehicleMotion;

/**
 * CAPTURE_CONTEXT {@code filmed-from-moving-vehicle}: a steady sideways pan over several seconds while
 * part of the picture (window frame, pillar, seat) stays still, measured by media's
 * {@code VehicleMotionMeter}.
 */
public final class CaptureContextRule {
  /*
   * Tourists in the DPRK are driven between sites by bus and film through the window, which gives a
   * clip two properties: the scene slides sideways at a steady speed for seconds, and the window frame
   * stays put. A steady pan alone is also what a pedestrian panning a phone makes, so without a static
   * part the signal is emitted weak (0.25). Thresholds were set on the generated clips of bench's
   * CaptureEvaluation (docs/benchmarks.md): lateral fraction >= 0.6 over >= 2 s, static share >= 0.03.
   */
  static final String INDICATES = "filmed-from-moving-vehicle";
  private static final double MIN_LATERAL = 0.6;
  private static final double MIN_STEADY_SECONDS = 2;
  private static final double MIN_STATIC_SHARE = 0.03;

  /** The signal {@code motion} yields, or none when the clip does not pan steadily. */
  public List<Signal> signals(VehicleMotion motion) {
    if (motion.lateralFraction() < MIN_LATERAL || motion.steadySeconds() < MIN_STEADY_SECONDS) {
      return List.of();
    }
    boolean window = motion.staticShare() >= MIN_STATIC_SHARE;
    double strength = window
        ? Math.min(0.9, 0.3 + 0.4 * motion.lateralFraction() + Math.min(0.3, 2 * motion.staticShare()))
        : 0.25;
    String matched = String.format(Locale.ROOT,
        "lateral %.2f of %d frame pairs, %.1f px/s (%.3f widths/s), steady %.1f s, static share %.3f",
        motion.lateralFraction(), motion.pairs(), motion.meanSpeedPxPerSecond(), motion.meanSpeedWidthsPerSecond(),
        motion.steadySeconds(), motion.staticShare());
    String foundIn = String.format(Locale.ROOT, "video motion 0:00-%d:%02d",
        (int) motion.seconds() / 60, (int) Math.ceil(motion.seconds()) % 60);
    String reference = window
        ? "rule capture-context/moving-vehicle: steady sideways pan with a static window frame, pillar or seat"
        : "rule capture-context/moving-vehicle: steady sideways pan without a static part (a pedestrian pan looks the same)";
    return List.of(new Signal(Kind.CAPTURE_CONTEXT, INDICATES, matched, foundIn, strength, reference));
  }
}
