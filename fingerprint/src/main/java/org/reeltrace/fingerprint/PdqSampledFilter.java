package org.reeltrace.fingerprint;

/**
 * PDQ's blur-and-decimate step evaluated only where it is sampled: the 64×64 output of the two-pass
 * Jarosz filter, computed as one weighted sum per output sample instead of blurring the whole plane.
 * Mathematically the same filter as {@link PdqDownsampler}; the floats differ only by rounding (the
 * sums are accumulated in another order), so hashes can differ from the reference in a few bits on
 * flat or noisy frames. Reads 8-bit samples through a 256-entry level table (e.g. limited to full
 * range). Holds scratch buffers; not thread-safe.
 */
final class PdqSampledFilter {

  /* Each Jarosz pass along an axis of length n is a box of window w = PdqDownsampler.windowSize(n, 64)
   * whose output o averages the inputs [o + h - w, o + h - 1] (h = (w + 2) / 2) that lie inside
   * 0..n-1, dividing by their number (the window shrinks at the edges). Two passes compose to a
   * linear filter: output o weights input k by the sum over j in B(o) of 1 / (|B(o)| |B(j)|) for every
   * j whose window B(j) holds k, at most 2w - 1 taps. Only outputs at PdqDownsampler.sampleIndex are
   * kept, so the work per frame is rows × 64 × (2w - 1) multiply-adds for the rows pass plus
   * 64 × 64 × (2w' - 1) for the columns, instead of four passes over every sample. */

  private static final int OUT = PdqDownsampler.OUT;

  private Taps colTaps = new Taps(0);
  private Taps rowTaps = new Taps(0);
  private float[] row = new float[0];
  private float[] across = new float[0];

  /**
   * Writes the 64×64 blurred, decimated plane of the {@code width × height} 8-bit plane {@code luma}
   * (sample (x, y) at {@code luma[y * stride + x]}, value {@code levels[sample & 0xff]}) into {@code out}.
   */
  void filter(byte[] luma, int width, int height, int stride, float[] levels, float[] out) {
    if (width == OUT && height == OUT) {
      for (int y = 0; y < OUT; y++) {
        for (int x = 0; x < OUT; x++) {
          out[y * OUT + x] = levels[luma[y * stride + x] & 0xff];
        }
      }
      return;
    }
    if (colTaps.length != width) {
      colTaps = new Taps(width);
      row = new float[width];
    }
    if (rowTaps.length != height) {
      rowTaps = new Taps(height);
    }
    if (across.length < height * OUT) {
      across = new float[height * OUT];
    }
    Taps h = colTaps;
    Taps v = rowTaps;
    for (int y = 0; y < height; y++) {
      if (!v.used[y]) {
        continue;
      }
      int in = y * stride;
      for (int x = 0; x < width; x++) {
        row[x] = levels[luma[in + x] & 0xff];
      }
      int o = y * OUT;
      for (int j = 0; j < OUT; j++) {
        int first = h.first[j];
        int base = j * h.span;
        float sum = 0;
        for (int t = 0; t < h.count[j]; t++) {
          sum += h.weight[base + t] * row[first + t];
        }
        across[o + j] = sum;
      }
    }
    for (int i = 0; i < OUT; i++) {
      int first = v.first[i];
      int base = i * v.span;
      int o = i * OUT;
      for (int j = 0; j < OUT; j++) {
        out[o + j] = 0;
      }
      for (int t = 0; t < v.count[i]; t++) {
        float w = v.weight[base + t];
        int in = (first + t) * OUT;
        for (int j = 0; j < OUT; j++) {
          out[o + j] += w * across[in + j];
        }
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
    final boolean[] used;

    Taps(int length) {
      this.length = length;
      int w = Math.max(1, PdqDownsampler.windowSize(length, OUT));
      this.span = 2 * w - 1;
      this.weight = new float[OUT * span];
      this.used = new boolean[length];
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
          used[k] = true;
        }
      }
    }
  }
}
