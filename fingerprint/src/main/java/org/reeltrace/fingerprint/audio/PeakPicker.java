package org.reeltrace.fingerprint.audio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the spectrogram peaks that make up the "constellation map".
 *
 * <p>Wang (ISMIR 2003, section 2.1) keeps time-frequency points that are higher in energy than
 * all their neighbours in a region, chosen so that the density is uniform over time and the
 * points survive noise and distortion. Here: a point is a candidate when it is the maximum of a
 * rectangle of ±{@link #FRAME_RADIUS} frames × ±{@link #BIN_RADIUS} bins; its strength is its dB
 * level above the frame's mean level (an adaptive threshold that follows loudness); within each
 * block of {@link #BLOCK_FRAMES} frames (about one second) only the {@link #PEAKS_PER_BLOCK}
 * strongest candidates are kept. The frequency is refined by fitting a parabola through the
 * peak bin and its two neighbours, which keeps the sub-bin position needed when the query is
 * rescaled for speed changes.
 */
final class PeakPicker {
  static final int FRAME_RADIUS = 3;
  static final int BIN_RADIUS = 6;
  static final int MIN_BIN = 4;
  static final int BLOCK_FRAMES = 31;
  static final int PEAKS_PER_BLOCK = 32;
  static final float MIN_STRENGTH_DB = 6f;

  private PeakPicker() {}

  static List<SpectralPeak> peaks(Spectrogram spec) {
    return peaks(spec, PEAKS_PER_BLOCK);
  }

  /** The peaks, keeping at most {@code perBlock} per block of {@link #BLOCK_FRAMES} frames. */
  static List<SpectralPeak> peaks(Spectrogram spec, int perBlock) {
    int frames = spec.frames();
    int bins = Spectrogram.BINS;
    float[][] binMax = new float[frames][bins];
    float[] frameMean = new float[frames];
    float[] prefix = new float[bins];
    float[] suffix = new float[bins];
    for (int f = 0; f < frames; f++) {
      float[] row = spec.frame(f);
      double sum = 0;
      for (int k = MIN_BIN; k < bins; k++) {
        sum += row[k];
      }
      frameMean[f] = (float) (sum / (bins - MIN_BIN));
      slidingMax(row, binMax[f], prefix, suffix);
    }
    List<SpectralPeak> result = new ArrayList<>();
    for (int blockStart = 0; blockStart < frames; blockStart += BLOCK_FRAMES) {
      List<SpectralPeak> block = new ArrayList<>();
      for (int f = blockStart; f < Math.min(frames, blockStart + BLOCK_FRAMES); f++) {
        float[] row = spec.frame(f);
        for (int k = MIN_BIN; k < bins - 1; k++) {
          float v = row[k];
          if (v != binMax[f][k] || v - frameMean[f] < MIN_STRENGTH_DB) {
            continue;
          }
          if (isTimeMaximum(binMax, f, k, v)) {
            block.add(new SpectralPeak(f, refine(row, k), v - frameMean[f]));
          }
        }
      }
      block.sort(Comparator.comparingDouble(SpectralPeak::strength).reversed());
      result.addAll(block.subList(0, Math.min(perBlock, block.size())));
    }
    result.sort(Comparator.comparingInt(SpectralPeak::frame).thenComparingDouble(SpectralPeak::bin));
    return result;
  }

  /**
   * {@code out[k]} = the maximum of {@code row} over bins k ± {@link #BIN_RADIUS} (clipped at the
   * edges), in a constant number of comparisons per bin: the row is cut into blocks as wide as the
   * window, and each window is the union of a block's suffix and the next block's prefix
   * (van Herk 1992; Gil and Werman 1993).
   */
  private static void slidingMax(float[] row, float[] out, float[] prefix, float[] suffix) {
    int n = row.length;
    int width = 2 * BIN_RADIUS + 1;
    for (int start = 0; start < n; start += width) {
      int end = Math.min(n, start + width);
      prefix[start] = row[start];
      for (int j = start + 1; j < end; j++) {
        prefix[j] = Math.max(prefix[j - 1], row[j]);
      }
      suffix[end - 1] = row[end - 1];
      for (int j = end - 2; j >= start; j--) {
        suffix[j] = Math.max(suffix[j + 1], row[j]);
      }
    }
    for (int k = 0; k < n; k++) {
      int lo = Math.max(0, k - BIN_RADIUS);
      int hi = Math.min(n - 1, k + BIN_RADIUS);
      out[k] = lo / width == hi / width && hi - lo + 1 < width
          ? maxOf(row, lo, hi)
          : Math.max(suffix[lo], prefix[hi]);
    }
  }

  private static float maxOf(float[] row, int lo, int hi) {
    float m = row[lo];
    for (int j = lo + 1; j <= hi; j++) {
      m = Math.max(m, row[j]);
    }
    return m;
  }

  private static boolean isTimeMaximum(float[][] binMax, int frame, int bin, float value) {
    int from = Math.max(0, frame - FRAME_RADIUS);
    int to = Math.min(binMax.length - 1, frame + FRAME_RADIUS);
    for (int f = from; f <= to; f++) {
      if (binMax[f][bin] > value) {
        return false;
      }
    }
    return true;
  }

  private static float refine(float[] row, int k) {
    double a = row[k - 1];
    double b = row[k];
    double c = row[k + 1];
    double denom = a - 2 * b + c;
    double delta = denom < 0 ? 0.5 * (a - c) / denom : 0;
    return (float) (k + Math.max(-0.5, Math.min(0.5, delta)));
  }
}
