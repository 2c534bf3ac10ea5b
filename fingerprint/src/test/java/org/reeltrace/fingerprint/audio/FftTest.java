package org.reeltrace.fingerprint.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FftTest {
  @ParameterizedTest
  @ValueSource(ints = {2, 8, 64, 1024})
  void agreesWithADirectDft(int n) {
    Random rnd = new Random(n);
    double[] re = new double[n];
    double[] im = new double[n];
    for (int i = 0; i < n; i++) {
      re[i] = rnd.nextGaussian();
      im[i] = rnd.nextGaussian();
    }
    double[] expectedRe = new double[n];
    double[] expectedIm = new double[n];
    for (int k = 0; k < n; k++) {
      for (int t = 0; t < n; t++) {
        double a = -2 * Math.PI * k * t / n;
        expectedRe[k] += re[t] * Math.cos(a) - im[t] * Math.sin(a);
        expectedIm[k] += re[t] * Math.sin(a) + im[t] * Math.cos(a);
      }
    }
    new Fft(n).transform(re, im);
    for (int k = 0; k < n; k++) {
      assertThat(re[k]).isCloseTo(expectedRe[k], within(1e-9 * n));
      assertThat(im[k]).isCloseTo(expectedIm[k], within(1e-9 * n));
    }
  }

  @Test
  void rejectsSizesThatAreNotPowersOfTwo() {
    assertThatThrownBy(() -> new Fft(1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FFT size must be a power of two >= 2, was 1000");
  }
}
