package org.reeltrace.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeltrace.media.LumaFrame;

class StillLevelsTest {
  /** A 4 × 1 frame: a light "letter" pixel that stands still at x = 0, a light blade crossing x = 1..3. */
  private static LumaFrame frame(double seconds, int bladeAt) {
    byte[] luma = {(byte) 240, 40, 40, 40};
    luma[bladeAt] = (byte) 220;
    return new LumaFrame(Math.round(seconds * 25), seconds, 4, 1, luma);
  }

  @Test
  void lightTextThatStandsStillStaysLightAndLightFootageThatMovesSinksToItsDarkerLevels() {
    LumaFrame before = frame(0, 1);
    LumaFrame now = frame(1, 2);
    LumaFrame after = frame(2, 3);

    StillLevels levels = StillLevels.of(now, List.of(before, now, after));

    assertThat(levels.darkest().at(0, 0)).isEqualTo(240);
    assertThat(levels.darkest().at(2, 0)).isEqualTo(40);
    assertThat(levels.lightest().at(0, 0)).isEqualTo(240);
    assertThat(levels.lightest().at(2, 0)).isEqualTo(220);
    assertThat(levels.lightest().at(3, 0)).isEqualTo(220);
  }

  @Test
  void withoutOtherFramesOfItsSizeBothLevelsAreTheFrameItself() {
    LumaFrame now = frame(1, 2);
    LumaFrame otherSize = new LumaFrame(50, 2, 2, 2, new byte[4]);

    StillLevels levels = StillLevels.of(now, List.of(now, otherSize));

    for (int x = 0; x < 4; x++) {
      assertThat(levels.darkest().at(x, 0)).isEqualTo(now.luma()[x] & 0xff);
      assertThat(levels.lightest().at(x, 0)).isEqualTo(now.luma()[x] & 0xff);
    }
  }
}
