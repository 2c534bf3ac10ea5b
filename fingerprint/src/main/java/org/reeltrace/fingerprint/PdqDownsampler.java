package org.reeltrace.fingerprint;

import java.util.Arrays;

/**
 * Blurs a float luma plane with the reference's two-pass Jarosz (tent) filter and decimates it to
 * 64×64. Holds scratch buffers between calls; not thread-safe.
 */
final class PdqDownsampler {

  /* Source: PDQ hashing write-up (ThreatExchange pdq/ "hashing.pdf", section "Downsampling") and the
   * reference C++ pdq/cpp/downscaling. A Jarosz filter is a box filter applied twice along each axis
   * (rows, then columns, then rows, then columns), which approximates a tent filter. The window along
   * each axis is (dimension + 127) / 128, so two passes cover one 64th of the image, i.e. one output
   * pixel. Each 1-D box keeps a running sum: the window grows from half its size at the start, slides
   * at full size, and shrinks again at the end; every output is the running sum divided by the number
   * of samples currently in it. Decimation then picks the sample at the centre of each of the 64×64
   * cells: index (int) ((i + 0.5) * n / 64) in double arithmetic.
   *
   * Bit-exactness: every running sum is accumulated in float in the reference's order (add the new
   * sample, then subtract the old one), and every output is the correctly rounded float quotient
   * sum / count, so the results equal the C++ ones. Speed comes from changing only what rounding
   * cannot see:
   *  - The column pass advances all columns of a row at once (vectorised by the JIT); the row pass
   *    interleaves eight rows so their eight dependency chains overlap.
   *  - The division is replaced where that is exact: for a power-of-two count, multiplying by its
   *    reciprocal gives the same float; otherwise the quotient is formed in double as
   *    sum * (1.0 / count) and rounded to float. That equals the float division because the double
   *    product is within 2^-52 relative of sum / count, while a float sum divided by a small integer is
   *    never a float rounding midpoint and lies at least about 2^-(25 + log2 count) relative away from
   *    one, so both round the same way.
   *  - Only the 64 sampled columns and rows of the second pass reach the output, so the second row pass
   *    divides only at those columns and the second column pass runs on those 64 columns only. The
   *    running sums still walk every sample, keeping the rounding identical. */

  static final int OUT = 64;
  private static final int BLOCK = 8;

  private final int[] sampleCols = new int[OUT];
  /** Ring of the latest first-pass row outputs. */
  private float[] firstRows = new float[0];
  /** Up to eight first-pass column outputs awaiting the second row pass. */
  private float[] firstCols = new float[0];
  /** Running sums of the column pass, one per column. */
  private float[] colSums = new float[0];
  /** Raw running sums of up to eight rows. */
  private float[] rowSums = new float[0];
  /** Second row pass output, rows × 64, and second column pass output, rows × 64. */
  private float[] secondRows = new float[0];
  private float[] secondCols = new float[0];
  private int produced;
  private int pending;
  private int finished;

  /** The reference's box window: {@code (oldDimension + 2 * newDimension - 1) / (2 * newDimension)}. */
  static int windowSize(int oldDimension, int newDimension) {
    return (oldDimension + 2 * newDimension - 1) / (2 * newDimension);
  }

  /** The decimation index of output cell {@code i} of {@code OUT} along a dimension of size {@code n}. */
  static int sampleIndex(int i, int n) {
    return (int) (((i + 0.5) * n) / OUT);
  }

  /** Blurs {@code a} ({@code rows × cols}, row-major, not modified) and writes the 64×64 decimation into {@code out}. */
  void blurAndDecimate(float[] a, int rows, int cols, float[] out) {
    if (rows == OUT && cols == OUT) {
      // The reference skips the blur for input that is already 64×64 (e.g. video frames scaled by FFmpeg).
      System.arraycopy(a, 0, out, 0, OUT * OUT);
      return;
    }
    int rowWindow = windowSize(cols, OUT); // along each row, i.e. across columns
    int colWindow = windowSize(rows, OUT);
    for (int j = 0; j < OUT; j++) {
      sampleCols[j] = sampleIndex(j, cols);
    }
    ensureCapacity(rows, cols, colWindow);
    streamFirstPassAndSecondRows(a, rows, cols, rowWindow, colWindow);
    boxColumns(secondRows, secondCols, rows, OUT, colWindow);
    for (int i = 0; i < OUT; i++) {
      System.arraycopy(secondCols, sampleIndex(i, rows) * OUT, out, i * OUT, OUT);
    }
  }

  private void ensureCapacity(int rows, int cols, int colWindow) {
    int ring = ringRows(colWindow) * cols;
    if (firstRows.length < ring) {
      firstRows = new float[ring];
    }
    if (colSums.length < Math.max(cols, OUT)) {
      colSums = new float[Math.max(cols, OUT)];
    }
    if (rowSums.length < BLOCK * cols) {
      rowSums = new float[BLOCK * cols];
      firstCols = new float[BLOCK * cols];
    }
    if (secondRows.length < rows * OUT) {
      secondRows = new float[rows * OUT];
      secondCols = new float[rows * OUT];
    }
  }

  /*
   * Streaming: the first row pass fills a ring of the latest rows (eight at a time), the first column
   * pass consumes them one row at a time as soon as its window has them, and every eight finished rows
   * go through the second row pass (sampled). Only a few rows are ever live, so the work stays in the
   * CPU caches instead of sweeping the whole plane four times.
   */

  /** Rows in the first-pass ring: a multiple of 8 above colWindow + 7, so a new block never overwrites a live row. */
  private static int ringRows(int colWindow) {
    return (colWindow + BLOCK + BLOCK - 1) / BLOCK * BLOCK;
  }

  private void streamFirstPassAndSecondRows(
      float[] a, int rows, int cols, int rowWindow, int colWindow) {
    int ring = ringRows(colWindow);
    int half = (colWindow + 2) / 2;
    float[] sums = colSums;
    Arrays.fill(sums, 0, cols, 0f);
    produced = 0;
    pending = 0;
    finished = 0;
    for (int ri = 0; ri < rows; ri++) {
      while (produced <= ri) {
        produceFirstRows(a, rows, cols, rowWindow, ring);
      }
      int in = (ri % ring) * cols;
      if (ri < half - 1) {
        for (int j = 0; j < cols; j++) {
          sums[j] += firstRows[in + j];
        }
      } else if (ri < colWindow) {
        float count = ri + 1;
        int o = pending * cols;
        for (int j = 0; j < cols; j++) {
          float s = sums[j] + firstRows[in + j];
          sums[j] = s;
          firstCols[o + j] = s / count;
        }
        emitFirstColumnRow(cols, rowWindow);
      } else {
        int old = ((ri - colWindow) % ring) * cols;
        int o = pending * cols;
        if (isPowerOfTwo(colWindow)) {
          float inverse = 1f / colWindow;
          for (int j = 0; j < cols; j++) {
            float s = sums[j] + firstRows[in + j] - firstRows[old + j];
            sums[j] = s;
            firstCols[o + j] = s * inverse;
          }
        } else {
          float count = colWindow;
          for (int j = 0; j < cols; j++) {
            float s = sums[j] + firstRows[in + j] - firstRows[old + j];
            sums[j] = s;
            firstCols[o + j] = s / count;
          }
        }
        emitFirstColumnRow(cols, rowWindow);
      }
    }
    for (int t = 0; t < half - 1; t++) {
      int old = ((rows - colWindow + t) % ring) * cols;
      float count = colWindow - 1 - t;
      int o = pending * cols;
      for (int j = 0; j < cols; j++) {
        float s = sums[j] - firstRows[old + j];
        sums[j] = s;
        firstCols[o + j] = s / count;
      }
      emitFirstColumnRow(cols, rowWindow);
    }
    if (pending > 0) {
      secondRowPass(cols, rowWindow);
    }
  }

  /** First row pass for the next block of up to eight input rows, into the ring. */
  private void produceFirstRows(float[] a, int rows, int cols, int rowWindow, int ring) {
    int r = produced;
    if (rows - r >= BLOCK) {
      int slot = (r % ring) * cols;
      rowSums8(a, r * cols, cols, rowWindow, firstRows, slot);
      for (int k = 0; k < BLOCK; k++) {
        divideRowInPlace(firstRows, slot + k * cols, cols, rowWindow);
      }
      produced = r + BLOCK;
    } else {
      for (; r < rows; r++) {
        int slot = (r % ring) * cols;
        rowSums1(a, r * cols, cols, rowWindow, firstRows, slot);
        divideRowInPlace(firstRows, slot, cols, rowWindow);
      }
      produced = rows;
    }
  }

  /** One more first-pass output row is in firstCols; run the second row pass per eight of them. */
  private void emitFirstColumnRow(int cols, int rowWindow) {
    if (++pending == BLOCK) {
      secondRowPass(cols, rowWindow);
    }
  }

  /** Second row pass over the pending first-pass rows, keeping the 64 sampled columns. */
  private void secondRowPass(int cols, int rowWindow) {
    if (pending == BLOCK) {
      rowSums8(firstCols, 0, cols, rowWindow, rowSums, 0);
    } else {
      for (int k = 0; k < pending; k++) {
        rowSums1(firstCols, k * cols, cols, rowWindow, rowSums, k * cols);
      }
    }
    for (int k = 0; k < pending; k++) {
      divideSampled(rowSums, k * cols, cols, rowWindow, secondRows, (finished + k) * OUT);
    }
    finished += pending;
    pending = 0;
  }

  /** Raw running sums (not yet divided) along one row, in the reference's order of operations. */
  private static void rowSums1(float[] in, int off, int n, int window, float[] sums, int soff) {
    int half = (window + 2) / 2;
    float sum = 0f;
    int ri = off;
    int li = off;
    int o = soff;
    for (int i = 0; i < half - 1; i++) {
      sum += in[ri++];
    }
    for (int i = 0; i < window - half + 1; i++) {
      sum += in[ri++];
      sums[o++] = sum;
    }
    for (int i = 0; i < n - window; i++) {
      sum += in[ri++];
      sum -= in[li++];
      sums[o++] = sum;
    }
    for (int i = 0; i < half - 1; i++) {
      sum -= in[li++];
      sums[o++] = sum;
    }
  }

  /**
   * {@link #rowSums1} for eight consecutive rows at once (row k's sums at {@code sums[soff + k * n]}):
   * the sliding phase keeps the eight sums in locals so their dependency chains run in parallel.
   */
  private static void rowSums8(float[] in, int off, int n, int window, float[] sums, int soff) {
    int half = (window + 2) / 2;
    int lead = window - half + 1; // outputs before the window is full
    // Growing phase, row by row (short).
    for (int k = 0; k < BLOCK; k++) {
      float sum = 0f;
      int ri = off + k * n;
      for (int i = 0; i < half - 1; i++) {
        sum += in[ri++];
      }
      for (int i = 0; i < lead; i++) {
        sum += in[ri++];
        sums[soff + k * n + i] = sum;
      }
    }
    float s0 = sums[soff + lead - 1];
    float s1 = sums[soff + n + lead - 1];
    float s2 = sums[soff + 2 * n + lead - 1];
    float s3 = sums[soff + 3 * n + lead - 1];
    float s4 = sums[soff + 4 * n + lead - 1];
    float s5 = sums[soff + 5 * n + lead - 1];
    float s6 = sums[soff + 6 * n + lead - 1];
    float s7 = sums[soff + 7 * n + lead - 1];
    // Sliding phase: add in[p + window], subtract in[p], output at p + lead.
    int i0 = off;
    int i1 = i0 + n;
    int i2 = i1 + n;
    int i3 = i2 + n;
    int i4 = i3 + n;
    int i5 = i4 + n;
    int i6 = i5 + n;
    int i7 = i6 + n;
    int o0 = soff;
    int o1 = soff + n;
    int o2 = soff + 2 * n;
    int o3 = soff + 3 * n;
    int o4 = soff + 4 * n;
    int o5 = soff + 5 * n;
    int o6 = soff + 6 * n;
    int o7 = soff + 7 * n;
    int slides = n - window;
    for (int p = 0; p < slides; p++) {
      int ri = p + window;
      int o = p + lead;
      s0 = s0 + in[i0 + ri] - in[i0 + p];
      s1 = s1 + in[i1 + ri] - in[i1 + p];
      s2 = s2 + in[i2 + ri] - in[i2 + p];
      s3 = s3 + in[i3 + ri] - in[i3 + p];
      s4 = s4 + in[i4 + ri] - in[i4 + p];
      s5 = s5 + in[i5 + ri] - in[i5 + p];
      s6 = s6 + in[i6 + ri] - in[i6 + p];
      s7 = s7 + in[i7 + ri] - in[i7 + p];
      sums[o0 + o] = s0;
      sums[o1 + o] = s1;
      sums[o2 + o] = s2;
      sums[o3 + o] = s3;
      sums[o4 + o] = s4;
      sums[o5 + o] = s5;
      sums[o6 + o] = s6;
      sums[o7 + o] = s7;
    }
    // Shrinking phase, row by row (short).
    for (int k = 0; k < BLOCK; k++) {
      float sum = switch (k) {
        case 0 -> s0;
        case 1 -> s1;
        case 2 -> s2;
        case 3 -> s3;
        case 4 -> s4;
        case 5 -> s5;
        case 6 -> s6;
        default -> s7;
      };
      int li = off + k * n + slides;
      int o = soff + k * n + lead + slides;
      for (int i = 0; i < half - 1; i++) {
        sum -= in[li++];
        sums[o++] = sum;
      }
    }
  }

  /** Replaces the running sums {@code row[off + o]} of one row by {@code row[off + o] / count(o)}. */
  private static void divideRowInPlace(float[] row, int off, int n, int window) {
    int half = (window + 2) / 2;
    int lead = window - half + 1;
    for (int o = 0; o < lead; o++) {
      row[off + o] = row[off + o] / (half + o);
    }
    int end = off + n - half + 1;
    if (isPowerOfTwo(window)) {
      float inverse = 1f / window;
      for (int i = off + lead; i < end; i++) {
        row[i] = row[i] * inverse;
      }
    } else {
      double inverse = 1.0 / window;
      for (int i = off + lead; i < end; i++) {
        row[i] = (float) (row[i] * inverse);
      }
    }
    for (int o = n - half + 1; o < n; o++) {
      row[off + o] = row[off + o] / (window - (o - (n - half)));
    }
  }

  /** {@code out[ooff + j] = sums[soff + c] / count(c)} for the 64 sampled columns c. */
  private void divideSampled(float[] sums, int soff, int n, int window, float[] out, int ooff) {
    int half = (window + 2) / 2;
    for (int j = 0; j < OUT; j++) {
      int c = sampleCols[j];
      int count = c <= window - half ? half + c : c <= n - half ? window : window - (c - (n - half));
      out[ooff + j] = sums[soff + c] / count;
    }
  }

  /**
   * One 1-D box down every column of {@code in} ({@code rows × cols}, row-major) into {@code out}. All
   * columns advance together, each with its own running sum.
   */
  private void boxColumns(float[] in, float[] out, int rows, int cols, int window) {
    float[] sums = colSums;
    int half = (window + 2) / 2;
    Arrays.fill(sums, 0, cols, 0f);
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
    if (isPowerOfTwo(window)) {
      float inverse = 1f / window;
      for (int i = 0; i < rows - window; i++, ri += cols, li += cols, oi += cols) {
        for (int j = 0; j < cols; j++) {
          float s = sums[j] + in[ri + j] - in[li + j];
          sums[j] = s;
          out[oi + j] = s * inverse;
        }
      }
    } else {
      float divisor = window;
      for (int i = 0; i < rows - window; i++, ri += cols, li += cols, oi += cols) {
        for (int j = 0; j < cols; j++) {
          float s = sums[j] + in[ri + j] - in[li + j];
          sums[j] = s;
          out[oi + j] = s / divisor;
        }
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

  private static boolean isPowerOfTwo(int n) {
    return (n & (n - 1)) == 0;
  }
}
