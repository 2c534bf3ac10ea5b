package org.reeltrace.fingerprint;

/**
 * Blurs a float luma plane with the reference's two-pass Jarosz (tent) filter and decimates it to
 * 64×64.
 *
 * <p>Not thread-safe: the caller owns the buffers.
 */
final class PdqDownsampler {

  /* Source: PDQ hashing write-up (ThreatExchange pdq/ "hashing.pdf", section "Downsampling") and the
   * reference C++ pdq/cpp/downscaling. A Jarosz filter is a box filter applied twice along each axis
   * (rows, then columns, then rows, then columns), which approximates a tent filter. The window along
   * each axis is ceil-ish(dimension / 128) = (dimension + 127) / 128, so two passes cover one
   * 64th of the image, i.e. one output pixel. Each 1-D box keeps a running sum: the window grows from
   * half its size at the left edge, slides at full size, and shrinks again at the right edge; every
   * output is the running sum divided by the number of samples currently in it.
   *
   * Bit-exactness: every running sum is accumulated in float in the reference's order (add the new
   * sample, then subtract the old one) and divided (not multiplied by a reciprocal), so the results
   * equal the C++ ones. The column pass runs all columns of a row at once, which keeps the per-column
   * order of operations and lets the JIT vectorise it. Decimation picks the sample at the centre of
   * each of the 64×64 cells: index (int) ((i + 0.5) * n / 64) in double arithmetic.
   *
   * Only the 64 sampled columns and rows of the second pass ever reach the output, so the second
   * column pass is run on those 64 columns only and the second row pass divides only at those 64
   * columns: the running sums must still walk every sample to keep the rounding identical. */

  static final int OUT = 64;

  private PdqDownsampler() {}

  /** The reference's box window: {@code (oldDimension + 2 * newDimension - 1) / (2 * newDimension)}. */
  static int windowSize(int oldDimension, int newDimension) {
    return (oldDimension + 2 * newDimension - 1) / (2 * newDimension);
  }

  /** The decimation index of output cell {@code i} of {@code OUT} along a dimension of size {@code n}. */
  static int sampleIndex(int i, int n) {
    return (int) (((i + 0.5) * n) / OUT);
  }

  /**
   * Blurs {@code a} ({@code rows × cols}, row-major, destroyed) and writes the 64×64 decimation into
   * {@code out}. {@code b} is scratch of at least {@code rows × cols} floats, {@code sums} at least
   * {@code max(rows, cols)} floats.
   */
  static void blurAndDecimate(float[] a, float[] b, float[] sums, int rows, int cols, float[] out) {
    if (rows == OUT && cols == OUT) {
      // The reference skips the blur for input that is already 64×64 (e.g. video frames scaled by FFmpeg).
      System.arraycopy(a, 0, out, 0, OUT * OUT);
      return;
    }
    int rowWindow = windowSize(cols, OUT); // along each row, i.e. across columns
    int colWindow = windowSize(rows, OUT);
    int[] sampleCols = new int[OUT];
    for (int j = 0; j < OUT; j++) {
      sampleCols[j] = sampleIndex(j, cols);
    }
    // Pass 1: rows a -> b, columns b -> a.
    for (int r = 0; r < rows; r++) {
      boxRow(a, b, r * cols, cols, rowWindow);
    }
    boxColumns(b, a, sums, rows, cols, colWindow);
    // Pass 2: rows a -> b, but only the 64 sampled columns are kept (b becomes rows × 64).
    for (int r = 0; r < rows; r++) {
      boxRowSampled(a, r * cols, cols, rowWindow, sums, sampleCols, b, r * OUT);
    }
    // Pass 2: columns of b (rows × 64) -> a (rows × 64), then pick the 64 sampled rows.
    boxColumns(b, a, sums, rows, OUT, colWindow);
    for (int i = 0; i < OUT; i++) {
      System.arraycopy(a, sampleIndex(i, rows) * OUT, out, i * OUT, OUT);
    }
  }

  /** One 1-D box along a contiguous row of length {@code n} starting at {@code off}. */
  static void boxRow(float[] in, float[] out, int off, int n, int window) {
    int half = (window + 2) / 2;
    int ri = off;
    int li = off;
    int oi = off;
    int end = off + n;
    float sum = 0f;
    int count = 0;
    for (int i = 0; i < half - 1; i++) {
      sum += in[ri++];
      count++;
    }
    for (int i = 0; i < window - half + 1; i++) {
      sum += in[ri++];
      count++;
      out[oi++] = sum / count;
    }
    float full = count;
    while (ri < end) {
      sum += in[ri++];
      sum -= in[li++];
      out[oi++] = sum / full;
    }
    while (oi < end) {
      sum -= in[li++];
      count--;
      out[oi++] = sum / count;
    }
  }

  /**
   * One 1-D box along a row, keeping only the sampled columns: {@code out[outOff + j]} gets the box value
   * at column {@code sampleCols[j]}. {@code sums} is scratch of length {@code n}.
   */
  private static void boxRowSampled(
      float[] in, int off, int n, int window, float[] sums, int[] sampleCols, float[] out, int outOff) {
    int half = (window + 2) / 2;
    int ri = off;
    int li = off;
    int oi = 0;
    float sum = 0f;
    for (int i = 0; i < half - 1; i++) {
      sum += in[ri++];
    }
    for (int i = 0; i < window - half + 1; i++) {
      sum += in[ri++];
      sums[oi++] = sum;
    }
    int end = off + n;
    while (ri < end) {
      sum += in[ri++];
      sum -= in[li++];
      sums[oi++] = sum;
    }
    while (oi < n) {
      sum -= in[li++];
      sums[oi++] = sum;
    }
    for (int j = 0; j < OUT; j++) {
      int c = sampleCols[j];
      out[outOff + j] = sums[c] / windowCount(c, n, window, half);
    }
  }

  /** The number of samples in the box window at output position {@code o} of {@code n}. */
  private static int windowCount(int o, int n, int window, int half) {
    if (o <= window - half) {
      return half + o;
    }
    if (o <= n - half) {
      return window;
    }
    return window - (o - (n - half));
  }

  /**
   * One 1-D box down every column of {@code in} ({@code rows × cols}, row-major) into {@code out}. All
   * columns advance together, each with its own running sum in {@code sums}.
   */
  static void boxColumns(float[] in, float[] out, float[] sums, int rows, int cols, int window) {
    int half = (window + 2) / 2;
    java.util.Arrays.fill(sums, 0, cols, 0f);
    int ri = 0;
    int li = 0;
    int oi = 0;
    int count = 0;
    for (int i = 0; i < half - 1; i++, ri += cols) {
      for (int j = 0; j < cols; j++) {
        sums[j] += in[ri + j];
      }
      count++;
    }
    for (int i = 0; i < window - half + 1; i++, ri += cols, oi += cols) {
      count++;
      float divisor = count;
      for (int j = 0; j < cols; j++) {
        float s = sums[j] + in[ri + j];
        sums[j] = s;
        out[oi + j] = s / divisor;
      }
    }
    float full = count;
    for (int i = 0; i < rows - window; i++, ri += cols, li += cols, oi += cols) {
      for (int j = 0; j < cols; j++) {
        float s = sums[j] + in[ri + j] - in[li + j];
        sums[j] = s;
        out[oi + j] = s / full;
      }
    }
    for (int i = 0; i < half - 1; i++, li += cols, oi += cols) {
      count--;
      float divisor = count;
      for (int j = 0; j < cols; j++) {
        float s = sums[j] - in[li + j];
        sums[j] = s;
        out[oi + j] = s / divisor;
      }
    }
  }
}
