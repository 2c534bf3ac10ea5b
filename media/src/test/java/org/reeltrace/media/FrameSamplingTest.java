package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FrameSamplingTest {
  @Test
  void theNextInstantIsTheNextMultipleOfTheInterval() {
    FrameSampling fivePerSecond = FrameSampling.perSecond(5);
    assertThat(fivePerSecond.nextInstantAfter(0)).isCloseTo(0.2, within(1e-12));
    assertThat(fivePerSecond.nextInstantAfter(0.233)).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void aFrameOnAnInstantUpToRoundingCountsAsOnIt() {
    // 6/30 s computed in floating point lies just below 0.2: it is the frame for instant 0.2, not for 0.0
    FrameSampling fivePerSecond = FrameSampling.perSecond(5);
    assertThat(fivePerSecond.nextInstantAfter(6 / 30.0 - 1e-9)).isCloseTo(0.4, within(1e-12));
    FrameSampling thirtyPerSecond = FrameSampling.perSecond(30);
    for (int f = 0; f < 300; f++) {
      assertThat(thirtyPerSecond.nextInstantAfter(f / 30.0)).as("frame " + f).isCloseTo((f + 1) / 30.0, within(1e-9));
    }
  }
}
