package org.reeltrace.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeltrace.media.LumaFrame;

class FramesAroundTest {
  private static LumaFrame at(double seconds) {
    return new LumaFrame(Math.round(seconds * 25), seconds, 2, 2, new byte[4]);
  }

  @Test
  void eachFrameComesInOrderWithTheFramesWithinTheSecondsAroundIt() {
    List<String> handed = new ArrayList<>();
    FramesAround frames = new FramesAround(1.5, (frame, around) -> handed.add(frame.timestampSeconds() + " "
        + around.stream().map(f -> String.valueOf(f.timestampSeconds())).toList()));
    for (double t : new double[] {0, 1.04, 2, 3.04, 4}) {
      frames.add(at(t));
    }
    frames.finish();

    assertThat(handed).containsExactly(
        "0.0 [0.0, 1.04]",
        "1.04 [0.0, 1.04, 2.0]",
        "2.0 [1.04, 2.0, 3.04]",
        "3.04 [2.0, 3.04, 4.0]",
        "4.0 [3.04, 4.0]");
  }

  @Test
  void aFrameIsHandedOnOnlyOnceTheFramesAfterItHaveCome() {
    List<Double> handed = new ArrayList<>();
    FramesAround frames = new FramesAround(1.5, (frame, around) -> handed.add(frame.timestampSeconds()));
    frames.add(at(0));
    frames.add(at(1));
    assertThat(handed).isEmpty();
    frames.add(at(2));
    assertThat(handed).containsExactly(0.0);
    frames.finish();
    assertThat(handed).containsExactly(0.0, 1.0, 2.0);
  }

  @Test
  void aLoneFrameIsHandedOnAlone() {
    List<Integer> sizes = new ArrayList<>();
    FramesAround frames = new FramesAround(1.5, (frame, around) -> sizes.add(around.size()));
    frames.add(at(3));
    frames.finish();
    assertThat(sizes).containsExactly(1);
  }

  @Test
  void negativeSecondsAreRefused() {
    assertThatThrownBy(() -> new FramesAround(-1, (frame, around) -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
