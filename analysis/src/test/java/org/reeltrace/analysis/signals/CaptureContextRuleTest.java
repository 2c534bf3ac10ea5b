package org.reeltrace.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.reeltrace.core.Signal;
import org.reeltrace.media.VehicleMotion;

class CaptureContextRuleTest {
  private final CaptureContextRule rule = new CaptureContextRule();

  @Test
  void steadyPanWithAStaticFrameIsAVehicle() {
    var signals = rule.signals(new VehicleMotion(3.8, 15, 1.0, 3.8, 39.2, 0.123, 0.15));

    assertThat(signals).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(Signal.Kind.CAPTURE_CONTEXT);
      assertThat(s.indicates()).isEqualTo("filmed-from-moving-vehicle");
      assertThat(s.strength()).isEqualTo(0.9);
      assertThat(s.matched()).isEqualTo(
          "lateral 1.00 of 15 frame pairs, 39.2 px/s (0.123 widths/s), steady 3.8 s, static share 0.150");
      assertThat(s.foundIn()).isEqualTo("video motion 0:00-0:04");
    });
  }

  @Test
  void plainPanIsWeak() {
    assertThat(rule.signals(new VehicleMotion(3.8, 15, 1.0, 3.8, 39.2, 0.123, 0.0)))
        .singleElement().satisfies(s -> assertThat(s.strength()).isEqualTo(0.25));
  }

  @Test
  void noSteadyPanNoSignal() {
    assertThat(rule.signals(new VehicleMotion(3.8, 15, 0.33, 0.3, 25, 0.08, 0.0))).isEmpty();
    assertThat(rule.signals(new VehicleMotion(1.5, 6, 1.0, 1.5, 40, 0.12, 0.2))).isEmpty();
  }
}
