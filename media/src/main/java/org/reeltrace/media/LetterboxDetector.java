package org.reeltrace.media;

import java.util.List;

/**
 * Finds letterbox (top/bottom) and pillarbox (left/right) bars: the rows and columns at the frame's
 * edges that are uniform within every sampled frame and do not change from frame to frame, whatever
 * their colour (black, grey, sepia, a logo-free border).
 *
 * <p>Re-encoded copies of a video often add or remove such bars (a 16:9 clip posted in a 9:16 feed);
 * hashing only the picture inside makes copies with and without bars comparable.
 *
 * <p>A line (row or column) counts as bar when, in every informative frame, the standard deviation of
 * its samples is at most {@value #MAX_LINE_DEVIATION} (compression noise) and its mean varies across
 * frames by at most {@value #MAX_MEAN_DRIFT}. Frames that are flat overall (fades, black frames) say
 * nothing about bars and are ignored. Bars are grown inward from each edge up to the first non-bar
 * line; the crop is only applied when the picture left is at least a fifth of the frame in each direction
 * (a 16:9 clip letterboxed into a 9:16 frame keeps about 32 % of its height, a 2.39:1 film 24 %; the
 * copy-detection evaluation in docs/benchmarks.md found the former missed with a one-half floor; the
 * lineage evaluation found a 16:9 clip whose top rows are one flat colour, cut off with the bars, missed
 * with a one-quarter floor).
 *
 * <p>Text burnt into a bar (a re-poster's handle or a "TikTok @source" download watermark drawn near the
 * bottom edge of a letterboxed copy) interrupts the bar: its lines are not uniform. A band of at most
 * {@value #MAX_TEXT_BAND_SHARE} of the frame's lines that does not change from frame to frame (mean
 * drift within {@value #MAX_MEAN_DRIFT}) is taken as part of the bar when at least
 * {@value #MIN_BAR_AFTER_TEXT} bar lines follow it, inside a bar already begun at the edge.
 *
 * <p>An overlay that reaches into a bar only over part of its length (a logo box or a corner watermark
 * overlapping a pillarbox bar) makes the lines it crosses non-uniform too. So a line also counts as bar
 * when, in every informative frame, at least {@value #MIN_BAR_SHARE} of its samples lie within
 * {@value #BAR_TOLERANCE} of the line's median and that median varies across frames by at most
 * {@value #MAX_MEAN_DRIFT}: the overlay is the small rest.
 */
public final class LetterboxDetector {
  static final double MAX_LINE_DEVIATION = 5.0;
  /** The picture left inside the bars must be at least 1/{@value} of the frame in each direction. */
  static final int MIN_KEPT_PARTS = 5;
  static final double MAX_MEAN_DRIFT = 8.0;
  /** A frame whose overall standard deviation is below this is flat (a fade, a black frame). */
  static final double MIN_FRAME_DEVIATION = 10.0;
  /** The largest band of static non-uniform lines (burnt-in text) a bar may span, as a share of the lines. */
  static final double MAX_TEXT_BAND_SHARE = 0.08;
  /** Bar lines that must follow such a band for it to count as part of the bar. */
  static final int MIN_BAR_AFTER_TEXT = 4;
  /** The share of a bar line's samples that must lie near its median when an overlay covers the rest. */
  static final double MIN_BAR_SHARE = 0.85;
  /** How far (in luma levels) from the line's median a sample may lie and still count as bar. */
  static final int BAR_TOLERANCE = 6;

  /**
   * The picture area inside the bars of {@code frames} (all of one size), or the whole frame when
   * there are no bars or no informative frames.
   *
   * @throws IllegalArgumentException when the list is empty or the frames differ in size
   */
  public CropRect detect(List<LumaFrame> frames) {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("need at least one frame to detect bars, got none");
    }
    int width = frames.get(0).width();
    int height = frames.get(0).height();
    LineStats rows = new LineStats(height);
    LineStats columns = new LineStats(width);
    int informative = 0;
    for (LumaFrame frame : frames) {
      if (frame.width() != width || frame.height() != height) {
        throw new IllegalArgumentException("frames differ in size: " + width + "x" + height + " and "
            + frame.width() + "x" + frame.height());
      }
      if (deviation(frame) < MIN_FRAME_DEVIATION) {
        continue;
      }
      informative++;
      rows.add(frame, true);
      columns.add(frame, false);
    }
    if (informative == 0) {
      return CropRect.whole(width, height);
    }
    int top = rows.barsFromStart();
    int bottom = rows.barsFromEnd();
    int left = columns.barsFromStart();
    int right = columns.barsFromEnd();
    int keptHeight = height - top - bottom;
    int keptWidth = width - left - right;
    if (keptHeight * MIN_KEPT_PARTS < height) {
      top = 0;
      keptHeight = height;
    }
    if (keptWidth * MIN_KEPT_PARTS < width) {
      left = 0;
      keptWidth = width;
    }
    return new CropRect(left, top, keptWidth, keptHeight);
  }

  private static double deviation(LumaFrame frame) {
    byte[] luma = frame.luma();
    long sum = 0;
    long squares = 0;
    int step = Math.max(1, luma.length / 4096);
    int n = 0;
    for (int i = 0; i < luma.length; i += step) {
      int v = luma[i] & 0xff;
      sum += v;
      squares += (long) v * v;
      n++;
    }
    double mean = (double) sum / n;
    return Math.sqrt(Math.max(0, (double) squares / n - mean * mean));
  }

  /** For each row (or column): the largest in-line deviation seen and the range of line means. */
  private static final class LineStats {
    final double[] maxDeviation;
    final double[] minMean;
    final double[] maxMean;
    /** Lines that, in every frame so far, were mostly uniform around their median. */
    final boolean[] mostlyUniform;
    final int[] minMedian;
    final int[] maxMedian;

    LineStats(int lines) {
      maxDeviation = new double[lines];
      minMean = new double[lines];
      maxMean = new double[lines];
      mostlyUniform = new boolean[lines];
      minMedian = new int[lines];
      maxMedian = new int[lines];
      java.util.Arrays.fill(minMean, Double.POSITIVE_INFINITY);
      java.util.Arrays.fill(maxMean, Double.NEGATIVE_INFINITY);
      java.util.Arrays.fill(mostlyUniform, true);
      java.util.Arrays.fill(minMedian, Integer.MAX_VALUE);
      java.util.Arrays.fill(maxMedian, Integer.MIN_VALUE);
    }

    void add(LumaFrame frame, boolean byRow) {
      int width = frame.width();
      int height = frame.height();
      byte[] luma = frame.luma();
      int lines = byRow ? height : width;
      long[] sums = new long[lines];
      long[] squares = new long[lines];
      int[][] histograms = new int[lines][256];
      for (int y = 0; y < height; y++) {
        int base = y * width;
        for (int x = 0; x < width; x++) {
          int v = luma[base + x] & 0xff;
          int line = byRow ? y : x;
          sums[line] += v;
          squares[line] += v * v;
          histograms[line][v]++;
        }
      }
      int length = byRow ? width : height;
      for (int line = 0; line < lines; line++) {
        double mean = (double) sums[line] / length;
        double deviation = Math.sqrt(Math.max(0, (double) squares[line] / length - mean * mean));
        maxDeviation[line] = Math.max(maxDeviation[line], deviation);
        minMean[line] = Math.min(minMean[line], mean);
        maxMean[line] = Math.max(maxMean[line], mean);
        int median = median(histograms[line], length);
        minMedian[line] = Math.min(minMedian[line], median);
        maxMedian[line] = Math.max(maxMedian[line], median);
        mostlyUniform[line] &= near(histograms[line], median) >= MIN_BAR_SHARE * length;
      }
    }

    private static int median(int[] histogram, int count) {
      int seen = 0;
      for (int v = 0; v < histogram.length; v++) {
        seen += histogram[v];
        if (2 * seen >= count) {
          return v;
        }
      }
      return histogram.length - 1;
    }

    private static int near(int[] histogram, int median) {
      int n = 0;
      for (int v = Math.max(0, median - BAR_TOLERANCE); v <= Math.min(255, median + BAR_TOLERANCE); v++) {
        n += histogram[v];
      }
      return n;
    }

    boolean isBar(int line) {
      boolean uniform = maxDeviation[line] <= MAX_LINE_DEVIATION && isStatic(line);
      boolean uniformBesideOverlay = mostlyUniform[line] && maxMedian[line] - minMedian[line] <= MAX_MEAN_DRIFT;
      return uniform || uniformBesideOverlay;
    }

    boolean isStatic(int line) {
      return maxMean[line] - minMean[line] <= MAX_MEAN_DRIFT;
    }

    int barsFromStart() {
      return bars(false);
    }

    int barsFromEnd() {
      return bars(true);
    }

    /** Bar lines counted inward from one edge, across bands of burnt-in text inside the bar. */
    private int bars(boolean fromEnd) {
      int lines = maxDeviation.length;
      int maxBand = (int) (lines * MAX_TEXT_BAND_SHARE);
      int n = run(0, fromEnd, true);
      while (n > 0 && n < lines) {
        int band = run(n, fromEnd, false);
        if (band == 0 || band > maxBand) {
          break;
        }
        int after = run(n + band, fromEnd, true);
        if (after < MIN_BAR_AFTER_TEXT) {
          break;
        }
        n += band + after;
      }
      return n;
    }

    /** How many lines from the {@code start}-th (counted from one edge) are bar lines ({@code bar}) or static non-bar lines. */
    private int run(int start, boolean fromEnd, boolean bar) {
      int lines = maxDeviation.length;
      int n = 0;
      while (start + n < lines) {
        int line = fromEnd ? lines - 1 - (start + n) : start + n;
        boolean matches = bar ? isBar(line) : !isBar(line) && isStatic(line);
        if (!matches) {
          break;
        }
        n++;
      }
      return n;
    }
  }
}
