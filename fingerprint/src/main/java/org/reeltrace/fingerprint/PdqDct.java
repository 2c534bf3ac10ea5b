package org.reeltrace.fingerprint;

/**
 * The partial 2-D DCT of PDQ: from a 64×64 image to the 16×16 lowest frequencies without the DC row
 * and column, and the sign/transpose rules that turn that 16×16 block into the blocks of the image's
 * seven rotations and mirror images.
 */
final class PdqDct {

  /* Source: PDQ hashing write-up (ThreatExchange pdq/ "hashing.pdf", section "DCT"; after Zauner 2010,
   * "Implementation and Benchmarking of Perceptual Image Hash Functions"). D is the 16×64 slice of the
   * orthonormal DCT-II matrix for frequencies 1..16 (row 0 of the full matrix, the DC term, is dropped):
   *   D[i][j] = sqrt(2/64) * cos(pi / 128 * (i + 1) * (2j + 1)),
   * computed in double and stored as float. The output is B = D A D^T, evaluated as T = D A (16×64) and
   * then B = T D^T, each dot product summed in float from k = 0 to 63, as the reference does, so the
   * results are bit-identical.
   *
   * Dihedral transforms (same write-up, "Dihedral invariance"): the DCT basis function of frequency f
   * is symmetric about the image centre for even f and antisymmetric for odd f. Our index i stands for
   * frequency i + 1, so mirroring an axis negates the coefficients with even index along that axis;
   * transposing the image transposes the block. Rotations are a mirror plus a transpose. */

  static final int N = 16;
  private static final int M = 64;
  static final float[] MATRIX = matrix();

  private PdqDct() {}

  private static float[] matrix() {
    float[] d = new float[N * M];
    double scale = Math.sqrt(2.0 / M);
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < M; j++) {
        d[i * M + j] = (float) (scale * Math.cos((Math.PI / 2.0 / M) * (i + 1) * (2 * j + 1)));
      }
    }
    return d;
  }

  /**
   * B = D A D^T: {@code a} is 64×64 row-major, {@code t} 16×64 scratch, {@code b} receives 16×16
   * row-major.
   */
  static void transform(float[] a, float[] t, float[] b) {
    float[] d = MATRIX;
    // T = D A, computed row of T by row of A so the inner loop runs over contiguous j (vectorisable);
    // each T[i][j] still accumulates k = 0..63 in order.
    for (int i = 0; i < N; i++) {
      int ti = i * M;
      java.util.Arrays.fill(t, ti, ti + M, 0f);
      for (int k = 0; k < M; k++) {
        float dik = d[i * M + k];
        int ak = k * M;
        for (int j = 0; j < M; j++) {
          t[ti + j] += dik * a[ak + j];
        }
      }
    }
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < N; j++) {
        float sum = 0f;
        int ti = i * M;
        int dj = j * M;
        for (int k = 0; k < M; k++) {
          sum += t[ti + k] * d[dj + k];
        }
        b[i * N + j] = sum;
      }
    }
  }

  /** The eight dihedral variants, in {@link PdqDihedral}'s order. */
  enum Variant {
    ORIGINAL(false, false, false),
    ROTATE_90(true, false, true),
    ROTATE_180(false, true, true),
    ROTATE_270(true, true, false),
    FLIP_X(false, true, false),
    FLIP_Y(false, false, true),
    FLIP_PLUS_DIAG(true, false, false),
    FLIP_MINUS_DIAG(true, true, true);

    final boolean transpose;
    final boolean negateEvenRows;
    final boolean negateEvenCols;

    Variant(boolean transpose, boolean negateEvenRows, boolean negateEvenCols) {
      this.transpose = transpose;
      this.negateEvenRows = negateEvenRows;
      this.negateEvenCols = negateEvenCols;
    }

    /**
     * Writes this variant of block {@code b} (16×16) into {@code out}. Signs apply to the source
     * indices (i = row, j = column of {@code b}) before transposing.
     */
    void apply(float[] b, float[] out) {
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) {
          boolean negate = (negateEvenRows && (i & 1) == 0) ^ (negateEvenCols && (j & 1) == 0);
          float v = negate ? -b[i * N + j] : b[i * N + j];
          out[transpose ? j * N + i : i * N + j] = v;
        }
      }
    }
  }
}
