package org.reeltrace.media;

/**
 * Resizes a luma plane by area averaging: each output sample is the mean of the input area it covers,
 * input samples that straddle the edge of that area counted by the fraction inside it. This is the
 * resampling vPDQ asks swscale for ({@code SWS_AREA}) when it scales frames to 128×128 before hashing.
 * Used for downscaling; when enlarging, it degenerates to nearest-neighbour.
 *
 * <p>Separable: a horizontal pass into a float buffer, then a vertical pass. Not thread-safe.
 */
final class AreaScaler {
  private final int sourceWidth;
  private final int sourceHeight;
  private final int targetWidth;
  private final int targetHeight;
  private final Taps horizontal;
  private final Taps vertical;
  private final float[] rows;

  AreaScaler(int sourceWidth, int sourceHeight, int targetWidth, int targetHeight) {
    this.sourceWidth = sourceWidth;
    this.sourceHeight = sourceHeight;
    this.targetWidth = targetWidth;
    this.targetHeight = targetHeight;
    this.horizontal = new Taps(sourceWidth, targetWidth);
    this.vertical = new Taps(sourceHeight, targetHeight);
    this.rows = new float[sourceHeight * targetWidth];
  }

  boolean fits(int width, int height) {
    return width == sourceWidth && height == sourceHeight;
  }

  /** Scales the {@code sourceWidth × sourceHeight} plane {@code source} into {@code target} (row-major). */
  void scale(byte[] source, float[] target) {
    for (int y = 0; y < sourceHeight; y++) {
      int in = y * sourceWidth;
      int out = y * targetWidth;
      for (int x = 0; x < targetWidth; x++) {
        int first = horizontal.first[x];
        int base = horizontal.offset[x];
        float sum = 0;
        for (int k = 0; k < horizontal.count[x]; k++) {
          sum += horizontal.weight[base + k] * (source[in + first + k] & 0xff);
        }
        rows[out + x] = sum;
      }
    }
    java.util.Arrays.fill(target, 0, targetWidth * targetHeight, 0f);
    for (int y = 0; y < targetHeight; y++) {
      int first = vertical.first[y];
      int base = vertical.offset[y];
      int out = y * targetWidth;
      for (int k = 0; k < vertical.count[y]; k++) {
        float w = vertical.weight[base + k];
        int in = (first + k) * targetWidth;
        for (int x = 0; x < targetWidth; x++) {
          target[out + x] += w * rows[in + x];
        }
      }
    }
  }

  /** For each output index along one axis: the input samples it covers and their weights (summing to 1). */
  private static final class Taps {
    final int[] first;
    final int[] count;
    final int[] offset;
    final float[] weight;

    Taps(int sourceLength, int targetLength) {
      first = new int[targetLength];
      count = new int[targetLength];
      offset = new int[targetLength];
      double scale = (double) sourceLength / targetLength;
      float[] weights = new float[targetLength * ((int) Math.ceil(scale) + 2)];
      int used = 0;
      for (int i = 0; i < targetLength; i++) {
        double start = i * scale;
        double end = Math.min(sourceLength, (i + 1) * scale);
        int from = (int) Math.floor(start);
        int to = Math.max(from + 1, (int) Math.ceil(end));
        to = Math.min(to, sourceLength);
        first[i] = from;
        count[i] = to - from;
        offset[i] = used;
        double total = 0;
        for (int j = from; j < to; j++) {
          total += Math.max(0, Math.min(end, j + 1) - Math.max(start, j));
        }
        for (int j = from; j < to; j++) {
          double overlap = Math.max(0, Math.min(end, j + 1) - Math.max(start, j));
          weights[used++] = (float) (total > 0 ? overlap / total : 1.0 / (to - from));
        }
      }
      weight = weights;
    }
  }
}
