package org.reeltrace.fingerprint;

/**
 * PDQ's blur-and-decimate step evaluated only where it is sampled: the 64×64 output of the two-pass
 * Jarosz filter, computed as one weighted sum per output sample instead of blurring the whole plane.
 * Mathematically the same filter as {@link PdqDownsampler}; the floats differ only by rounding (the
 * sums are accumulated in another order), so hashes can differ from the reference in a few bits on
 * flat or noisy frames. Reads 8-bit samples and maps a black..white level range (e.g. video's limited
 * range 16..235) to 0..255. Holds scratch buffers; not thread-safe.
 */
final class PdqSampledFilter {

  /* Each Jarosz pass along an axis of length n is a box of window w = PdqDownsampler.windowSize(n, 64)
   * whose output o averages the inputs [o + h - w, o + h - 1] (h = (w + 2) / 2) that lie inside
   * 0..n-1, dividing by their number (the window shrinks at the edges). Two passes compose to a
   * linear filter: output o weights input k by the sum over j in B(o) of 1 / (|B(o)| |B(j)|) for every
   * j whose window B(j) holds k, at most 2w - 1 taps. Only outputs at PdqDownsampler.sampleIndex are
   * kept: the column pass combines 2w' - 1 whole rows for each of the 64 sampled rows (about one
   * multiply-add per input sample, vectorised), the row pass 2w - 1 of those sums for each of the 64
   * sampled columns, instead of four running-sum passes over every sample. */

  private static final int OUT = PdqDownsampler.OUT;

  private Taps colTaps = new Taps(0);
  private Taps rowTaps = new Taps(0);
  private float[] across = new float[0];

  /**
   * Writes the 64×64 blurred, decimated plane of the {@code width × height} 8-bit plane {@code luma}
   * (sample (x, y) at {@code luma[y * stride + x]}) into {@code out}, each sample standing for the luma
   * {@code (clamp(sample, black, white) - black) × 255 / (white - black)}.
   */
  void filter(byte[] luma, int width, int height, int stride, int black, int white, float[] out) {
    if (rowTaps.length != height) {
      rowTaps = new Taps(height);
    }
    if (colTaps.length != width) {
      colTaps = new Taps(width);
      across = new float[width];
    }
    float scale = 255f / (white - black);
    if (width == OUT && height == OUT) {
      // the reference does not blur a plane that is already 64×64
      for (int y = 0; y < OUT; y++) {
        for (int x = 0; x < OUT; x++) {
          out[y * OUT + x] = (Math.max(black, Math.min(white, luma[y * stride + x] & 0xff)) - black) * scale;
        }
      }
      return;
    }
    Taps v = rowTaps;
    Taps h = colTaps;
    float[] acc = across;
    for (int i = 0; i < OUT; i++) {
      // down the columns first: contiguous rows, so the JIT vectorises the multiply-adds
      java.util.Arrays.fill(acc, 0, width, 0f);
      for (int t = 0; t < v.count[i]; t++) {
        float w = v.weight[i * v.span + t];
        int in = (v.first[i] + t) * stride;
        for (int x = 0; x < width; x++) {
          acc[x] += w * Math.max(black, Math.min(white, luma[in + x] & 0xff));
        }
      }
      int o = i * OUT;
      for (int j = 0; j < OUT; j++) {
        int first = h.first[j];
        int base = j * h.span;
        float sum = 0;
        for (int t = 0; t < h.count[j]; t++) {
          sum += h.weight[base + t] * acc[first + t];
        }
        out[o + j] = (sum - black) * scale;
      }
    }
  }

  /** The composite two-pass weights of the 64 sampled outputs along one axis of length {@code length}. */
  private static final class Taps {
    final int length;
    final int span;
    final int[] first = new int[OUT];
    final int[] count = new int[OUT];
    final float[] weight;

    Taps(int length) {
      this.length = length;
      int w = Math.max(1, PdqDownsampler.windowSize(length, OUT));
      this.span = 2 * w - 1;
      this.weight = new float[OUT * span];
      if (length == 0) {
        return;
      }
      int h = (w + 2) / 2;
      double[] composite = new double[length];
      for (int i = 0; i < OUT; i++) {
        int o = PdqDownsampler.sampleIndex(i, length);
        int lo = Math.max(0, o + h - w);
        int hi = Math.min(length - 1, o + h - 1);
        java.util.Arrays.fill(composite, 0);
        int from = length;
        int to = -1;
        for (int j = lo; j <= hi; j++) {
          int jlo = Math.max(0, j + h - w);
          int jhi = Math.min(length - 1, j + h - 1);
          double share = 1.0 / ((hi - lo + 1) * (double) (jhi - jlo + 1));
          for (int k = jlo; k <= jhi; k++) {
            composite[k] += share;
          }
          from = Math.min(from, jlo);
          to = Math.max(to, jhi);
        }
        first[i] = from;
        count[i] = to - from + 1;
        for (int k = from; k <= to; k++) {
          weight[i * span + k - from] = (float) composite[k];
        }
      }
    }
  }
}
