package org.reeltrace.fingerprint.audio;

/**
 * In-place iterative radix-2 complex FFT of a fixed power-of-two size, with precomputed twiddles.
 * Not thread-safe only in the sense that callers own their arrays; the instance itself is immutable.
 */
final class Fft {
  private final int size;
  private final double[] cos;
  private final double[] sin;

  Fft(int size) {
    if (size < 2 || Integer.bitCount(size) != 1) {
      throw new IllegalArgumentException("FFT size must be a power of two >= 2, was " + size);
    }
    this.size = size;
    cos = new double[size / 2];
    sin = new double[size / 2];
    for (int i = 0; i < size / 2; i++) {
      cos[i] = Math.cos(-2 * Math.PI * i / size);
      sin[i] = Math.sin(-2 * Math.PI * i / size);
    }
  }

  int size() {
    return size;
  }

  /** Transforms {@code re + i·im} in place (forward, unnormalised). */
  void transform(double[] re, double[] im) {
    if (re.length != size || im.length != size) {
      throw new IllegalArgumentException(
          "arrays must have length " + size + ", were " + re.length + " and " + im.length);
    }
    for (int i = 1, j = 0; i < size; i++) {
      int bit = size >> 1;
      for (; (j & bit) != 0; bit >>= 1) {
        j ^= bit;
      }
      j ^= bit;
      if (i < j) {
        double t = re[i];
        re[i] = re[j];
        re[j] = t;
        t = im[i];
        im[i] = im[j];
        im[j] = t;
      }
    }
    for (int len = 2; len <= size; len <<= 1) {
      int half = len >> 1;
      int step = size / len;
      for (int start = 0; start < size; start += len) {
        for (int k = 0; k < half; k++) {
          double wr = cos[k * step];
          double wi = sin[k * step];
          int a = start + k;
          int b = a + half;
          double xr = re[b] * wr - im[b] * wi;
          double xi = re[b] * wi + im[b] * wr;
          re[b] = re[a] - xr;
          im[b] = im[a] - xi;
          re[a] += xr;
          im[a] += xi;
        }
      }
    }
  }
}
