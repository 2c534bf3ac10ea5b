package org.reeltrace.fingerprint.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpectrogramTest {
  /*
   * Spectrogram transforms two frames in one complex FFT and separates them by conjugate symmetry; an
   * odd frame count leaves the last frame alone. Both must give each frame's own spectrum.
   */
  @Test
  void everyFrameIsTheSpectrumOfItsOwnWindowAlsoTheLastOfAnOddCount() {
    Random random = new Random(7);
    int frames = 5;
    float[] samples = new float[Spectrogram.WINDOW + (frames - 1) * Spectrogram.HOP];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = (float) (Math.sin(i * 0.05) + 0.3 * random.nextGaussian());
    }

    Spectrogram spec = Spectrogram.of(samples);

    assertThat(spec.frames()).isEqualTo(frames);
    for (int f = 0; f < frames; f++) {
      for (int k = 0; k < Spectrogram.BINS; k += 37) {
        assertThat((double) spec.db(f, k)).as("frame %d bin %d", f, k)
            .isCloseTo(directDecibels(samples, f * Spectrogram.HOP, k), within(1e-3));
      }
    }
  }

  private static double directDecibels(float[] samples, int offset, int bin) {
    double re = 0;
    double im = 0;
    for (int i = 0; i < Spectrogram.WINDOW; i++) {
      double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / Spectrogram.WINDOW);
      double angle = -2 * Math.PI * bin * i / Spectrogram.WINDOW;
      re += samples[offset + i] * w * Math.cos(angle);
      im += samples[offset + i] * w * Math.sin(angle);
    }
    return 10 * Math.log10(re * re + im * im + 1e-10);
  }
}
