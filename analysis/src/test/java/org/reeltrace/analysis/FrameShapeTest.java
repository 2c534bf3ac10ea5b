package org.reeltrace.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameShapeTest {
  @Test
  void downscalingRoundingAndThinCropsKeepTheShape() {
    FrameShape wide = new FrameShape(640, 360);
    assertThat(wide.sameAs(new FrameShape(474, 266))).isTrue();
    assertThat(wide.sameAs(new FrameShape(632, 356))).isTrue();
    assertThat(new FrameShape(360, 640).sameAs(new FrameShape(202, 360))).isTrue();
  }

  @Test
  void letterboxesAndOtherFormatsChangeTheShape() {
    assertThat(new FrameShape(640, 360).sameAs(new FrameShape(360, 640))).isFalse();
    assertThat(new FrameShape(480, 720).sameAs(new FrameShape(360, 640))).isFalse();
    assertThat(new FrameShape(640, 480).sameAs(new FrameShape(720, 480))).isFalse();
  }

  @Test
  void unknownSizeHasNoShape() {
    assertThat(FrameShape.of(LineagePost.of(Archive.tt("x"), Archive.channel("tiktok", "a"), null))).isNull();
  }

  @Test
  void emptyFrameIsRejectedWithItsSize() {
    assertThatThrownBy(() -> new FrameShape(0, 360)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frame must be at least 1x1 pixels, was 0x360");
  }
}
