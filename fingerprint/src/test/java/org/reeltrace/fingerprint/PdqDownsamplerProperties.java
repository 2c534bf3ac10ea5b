package org.reeltrace.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The optimised blur and decimation against a plain model of the reference algorithm, bit for bit. */
class PdqDownsamplerProperties {

  private final PdqDownsampler downsampler = new PdqDownsampler();

  @Property(tries = 60, seed = "20261125")
  void equalsTheReferenceModelBitForBit(
      @ForAll @IntRange(min = 5, max = 1100) int rows,
      @ForAll @IntRange(min = 5, max = 1100) int cols,
      @ForAll long seed) {
    Random random = new Random(seed);
    float[] plane = new float[rows * Math.max(cols, 64)];
    for (int i = 0; i < rows * cols; i++) {
      int r = random.nextInt(256);
      int g = random.nextInt(256);
      int b = random.nextInt(256);
      plane[i] = 0.299f * r + 0.587f * g + 0.114f * b;
    }
    float[] expected = model(plane.clone(), rows, cols);
    float[] actual = new float[64 * 64];
    downsampler.blurAndDecimate(plane, rows, cols, actual);
    for (int i = 0; i < actual.length; i++) {
      assertThat(Float.floatToRawIntBits(actual[i]))
          .as("cell %d of %d×%d: %s vs %s", i, rows, cols, actual[i], expected[i])
          .isEqualTo(Float.floatToRawIntBits(expected[i]));
    }
  }

  /** The reference steps written out plainly: 2 × (box rows, box columns), then decimation. */
  private static float[] model(float[] a, int rows, int cols) {
    float[] out = new float[64 * 64];
    if (rows == 64 && cols == 64) {
      System.arraycopy(a, 0, out, 0, out.length);
      return out;
    }
    int rowWindow = (cols + 127) / 128;
    int colWindow = (rows + 127) / 128;
    float[] b = new float[a.length];
    for (int pass = 0; pass < 2; pass++) {
      for (int r = 0; r < rows; r++) {
        box(a, b, r * cols, cols, 1, rowWindow);
      }
      for (int c = 0; c < cols; c++) {
        box(b, a, c, rows, cols, colWindow);
      }
    }
    for (int i = 0; i < 64; i++) {
      int si = (int) (((i + 0.5) * rows) / 64);
      for (int j = 0; j < 64; j++) {
        int sj = (int) (((j + 0.5) * cols) / 64);
        out[i * 64 + j] = a[si * cols + sj];
      }
    }
    return out;
  }

  private static void box(float[] in, float[] out, int off, int n, int stride, int window) {
    int half = (window + 2) / 2;
    int ri = off;
    int li = off;
    int oi = off;
    float sum = 0f;
    int count = 0;
    for (int i = 0; i < half - 1; i++, ri += stride) {
      sum += in[ri];
      count++;
    }
    for (int i = 0; i < window - half + 1; i++, ri += stride, oi += stride) {
      sum += in[ri];
      count++;
      out[oi] = sum / count;
    }
    for (int i = 0; i < n - window; i++, ri += stride, li += stride, oi += stride) {
      sum += in[ri];
      sum -= in[li];
      out[oi] = sum / count;
    }
    for (int i = 0; i < half - 1; i++, li += stride, oi += stride) {
      sum -= in[li];
      count--;
      out[oi] = sum / count;
    }
  }
}
