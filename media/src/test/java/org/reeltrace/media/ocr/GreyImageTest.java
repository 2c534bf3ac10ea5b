package org.reeltrace.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GreyImageTest {
  private static GreyImage ramp(int width, int height) {
    byte[] pixels = new byte[width * height];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = (byte) (100 + (i % width) * 10);
    }
    return new GreyImage(width, height, pixels);
  }

  @Test
  void cropClipsToTheImage() {
    GreyImage crop = ramp(8, 4).crop(6, 2, 5, 5);
    assertThat(crop.width()).isEqualTo(2);
    assertThat(crop.height()).isEqualTo(2);
    assertThat(crop.at(0, 0)).isEqualTo(160);
    assertThatThrownBy(() -> ramp(8, 4).crop(9, 0, 2, 2)).hasMessageContaining("outside 8x4");
  }

  @Test
  void upscaleKeepsTheRange() {
    GreyImage big = ramp(8, 4).upscaled(2);
    assertThat(big.width()).isEqualTo(16);
    assertThat(big.height()).isEqualTo(8);
    assertThat(big.at(0, 0)).isEqualTo(100);
    assertThat(big.at(15, 7)).isEqualTo(170);
  }

  @Test
  void stretchAndInvert() {
    GreyImage stretched = ramp(8, 1).stretched();
    assertThat(stretched.at(0, 0)).isZero();
    assertThat(stretched.at(7, 0)).isEqualTo(255);
    assertThat(stretched.inverted().at(0, 0)).isEqualTo(255);
  }
}
