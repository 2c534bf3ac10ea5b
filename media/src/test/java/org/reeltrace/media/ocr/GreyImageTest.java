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
  void theTextMaskKeepsAThinOutlinedStrokeAndNotTheLightBackgroundBesideIt() {
    // a light background (200), a dark outline (20) 3 pixels wide around a white stroke (255) 2 pixels wide
    int width = 40;
    byte[] pixels = new byte[width * 9];
    for (int y = 0; y < 9; y++) {
      for (int x = 0; x < width; x++) {
        int v = x >= 16 && x < 24 ? (x >= 19 && x < 21 ? 255 : 20) : 200;
        pixels[y * width + x] = (byte) v;
      }
    }
    GreyImage mask = new GreyImage(width, 9, pixels).brightTextMask(new StrokeRule(100, 60, 6, 60, 40, 3));
    assertThat(mask.at(19, 4)).as("stroke").isZero();
    assertThat(mask.at(20, 4)).as("stroke").isZero();
    assertThat(mask.at(14, 4)).as("background beside the outline").isEqualTo(255);
    assertThat(mask.at(17, 4)).as("outline").isEqualTo(255);
    assertThat(mask.at(2, 4)).as("background").isEqualTo(255);
  }

  @Test
  void stretchAndInvert() {
    GreyImage stretched = ramp(8, 1).stretched();
    assertThat(stretched.at(0, 0)).isZero();
    assertThat(stretched.at(7, 0)).isEqualTo(255);
    assertThat(stretched.inverted().at(0, 0)).isEqualTo(255);
  }
}
