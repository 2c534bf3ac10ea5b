package org.reeltrace.fingerprint;

import java.util.Arrays;

/** Turns a 16×16 DCT block into hash bits: one bit per coefficient, set when above the median. */
final class PdqBits {

  /* Source: PDQ hashing write-up (ThreatExchange pdq/ "hashing.pdf", section "Thresholding"). The
   * reference takes the median with Torben's selection algorithm, which for 256 values returns the
   * 128th smallest (the lower median, an actual element); sorting a copy and taking index 127 gives the
   * same value. Bit k = 16 i + j is set when B[i][j] > median (strictly), so about half the bits are
   * set. */

  private final float[] sorted = new float[PdqDct.N * PdqDct.N];

  /** The hash of the 16×16 block {@code b} (row-major). */
  PdqHash toHash(float[] b) {
    System.arraycopy(b, 0, sorted, 0, sorted.length);
    Arrays.sort(sorted);
    float median = sorted[sorted.length / 2 - 1];
    return PdqHash.fromBits(
        word(b, 0, median), word(b, 64, median), word(b, 128, median), word(b, 192, median));
  }

  /** Bits {@code from..from+63} as a long (bit k of the hash at bit k - from). */
  private static long word(float[] b, int from, float median) {
    long word = 0;
    for (int k = 0; k < 64; k++) {
      if (b[from + k] > median) {
        word |= 1L << k;
      }
    }
    return word;
  }
}
