package org.reeltrace.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

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
 * {@value #MIN_BAR_AFTER_TEXT} bar lines follow it, inside a bar already begun at the edge; two lines of
 * text (a re-poster's watermark under the one it downloaded) count as one band with the gap between them.
 *
 * <p>An overlay that reaches into a bar only over part of its length (a logo box or a corner watermark
 * overlapping a pillarbox bar) makes the lines it crosses non-uniform too. So a line also counts as bar
 * when, in every informative frame, at least {@value #MIN_BAR_SHARE} of its samples lie within
 * {@value #BAR_TOLERANCE} of the line's median and that median varies across frames by at most
 * {@value #MAX_MEAN_DRIFT}: the overlay is the small rest.
 *
 * <p>Flat footage looks like bar too: an animation's plain background, a clear or a night sky. Where, in
 * most frames, the lines past a bar go on looking like it for more than {@value #FLAT_CONTINUATION} lines,
 * the bar's inner lines, up to an edge between two of them, are such footage and stay in the picture (a
 * side left without bar then takes the opposite side's, when its own uniform lines reach that far: a
 * letterbox around a dark scene).
 * Cutting it off would make the crop depend on the frames sampled: the lineage evaluation found a trimmed
 * copy of a flat animation cut 13 rows lower than its source, and the two no longer matched.
 */
public final class LetterboxDetector {
  static final double MAX_LINE_DEVIATION = 5.0;
  /** The picture left inside the bars must be at least 1/{@value} of the frame in each direction. */
  static final int MIN_KEPT_PARTS = 5;
  static final double MAX_MEAN_DRIFT = 8.0;
  /** A frame whose overall standard deviation is below this is flat (a fade, a black frame). */
  static final double MIN_FRAME_DEVIATION = 10.0;
  /**
   * The largest band of static non-uniform lines (burnt-in text) a bar may span, as a share of the lines: a
   * meme's caption band carries a first caption line with a download watermark drawn right above it, 11 %
   * of the lines (lineage evaluation seed 126).
   */
  static final double MAX_TEXT_BAND_SHARE = 0.15;
  /** Bar lines that must follow such a band for it to count as part of the bar. */
  static final int MIN_BAR_AFTER_TEXT = 4;
  /** The share of a bar line's samples that must lie near its median when an overlay covers the rest. */
  static final double MIN_BAR_SHARE = 0.85;
  /** How far (in luma levels) from the line's median a sample may lie and still count as bar. */
  static final int BAR_TOLERANCE = 6;
  /**
   * Lines past a bar that may still look like it in a typical frame (the picture's first line bleeding into
   * the bar after scaling and compression).
   */
  static final int FLAT_CONTINUATION = 2;

  /**
   * The picture area inside the bars of {@code frames} (all of one size), or the whole frame when
   * there are no bars or no informative frames.
   *
   * @throws IllegalArgumentException when the list is empty or the frames differ in size
   */
  public CropRect detect(List<LumaFrame> frames) {
    return detectCrops(frames).picture();
  }

  /**
   * The picture area inside the bars of {@code frames} (all of one size), and inside both the bars and the
   * flat footage at the picture's edges that continued them (the same rectangle when there is none).
   *
   * @throws IllegalArgumentException when the list is empty or the frames differ in size
   */
  public Crops detectCrops(List<LumaFrame> frames) {
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
      CropRect whole = CropRect.whole(width, height);
      return new Crops(whole, whole);
    }
    Bars rowsWithFlatEdges = rows.barsWithFlatEdges();
    Bars columnsWithFlatEdges = columns.barsWithFlatEdges();
    CropRect picture = crop(width, height, rows.bars(rowsWithFlatEdges), columns.bars(columnsWithFlatEdges));
    CropRect withoutFlatEdges = crop(width, height, rowsWithFlatEdges, columnsWithFlatEdges);
    // not inside when only the flat edges left too little picture and that direction was kept whole
    return new Crops(picture, picture.contains(withoutFlatEdges) ? withoutFlatEdges : picture);
  }

  /**
   * The rectangle inside bars of these sizes, keeping the whole frame in a direction where less than
   * 1/{@value #MIN_KEPT_PARTS} of it would be left.
   */
  private static CropRect crop(int width, int height, Bars rows, Bars columns) {
    int top = rows.start();
    int left = columns.start();
    int keptHeight = height - top - rows.end();
    int keptWidth = width - left - columns.end();
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

  /**
   * What {@link #detectCrops} found in a video's frames.
   *
   * @param picture          the picture inside the bars
   * @param withoutFlatEdges the picture inside the bars and the flat footage at its edges that continued them
   *     (an animation's plain sky): the crop older fingerprints used, which still matches a copy whose
   *     overlay sits in that flat footage; {@code picture} when there is none
   */
  public record Crops(CropRect picture, CropRect withoutFlatEdges) {
    public Crops {
      Objects.requireNonNull(picture, "picture");
      Objects.requireNonNull(withoutFlatEdges, "withoutFlatEdges");
    }
  }

  /** The standard deviation of a frame's samples (of up to 4096 of them, evenly spaced). */
  static double deviation(LumaFrame frame) {
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

  /** The median of {@code count} samples counted in {@code histogram} (256 luma levels). */
  static int median(int[] histogram, int count) {
    int seen = 0;
    for (int v = 0; v < histogram.length; v++) {
      seen += histogram[v];
      if (2 * seen >= count) {
        return v;
      }
    }
    return histogram.length - 1;
  }

  /** How many samples counted in {@code histogram} lie within {@code tolerance} levels of {@code median}. */
  static int near(int[] histogram, int median, int tolerance) {
    int n = 0;
    for (int v = Math.max(0, median - tolerance); v <= Math.min(255, median + tolerance); v++) {
      n += histogram[v];
    }
    return n;
  }

  /** How many lines of bar lie at the start (top or left) and at the end (bottom or right) of the frame. */
  private record Bars(int start, int end) {
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
    /** Per informative frame, each line's median. */
    final List<int[]> frameMedians = new ArrayList<>();
    /** Per informative frame, whether each line was uniform (or mostly uniform around its median). */
    final List<boolean[]> frameUniform = new ArrayList<>();

    LineStats(int lines) {
      maxDeviation = new double[lines];
      minMean = new double[lines];
      maxMean = new double[lines];
      mostlyUniform = new boolean[lines];
      minMedian = new int[lines];
      maxMedian = new int[lines];
      Arrays.fill(minMean, Double.POSITIVE_INFINITY);
      Arrays.fill(maxMean, Double.NEGATIVE_INFINITY);
      Arrays.fill(mostlyUniform, true);
      Arrays.fill(minMedian, Integer.MAX_VALUE);
      Arrays.fill(maxMedian, Integer.MIN_VALUE);
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
      int[] medians = new int[lines];
      boolean[] uniform = new boolean[lines];
      for (int line = 0; line < lines; line++) {
        double mean = (double) sums[line] / length;
        double deviation = Math.sqrt(Math.max(0, (double) squares[line] / length - mean * mean));
        maxDeviation[line] = Math.max(maxDeviation[line], deviation);
        minMean[line] = Math.min(minMean[line], mean);
        maxMean[line] = Math.max(maxMean[line], mean);
        int median = median(histograms[line], length);
        minMedian[line] = Math.min(minMedian[line], median);
        maxMedian[line] = Math.max(maxMedian[line], median);
        boolean mostly = near(histograms[line], median, BAR_TOLERANCE) >= MIN_BAR_SHARE * length;
        mostlyUniform[line] &= mostly;
        medians[line] = median;
        uniform[line] = deviation <= MAX_LINE_DEVIATION || mostly;
      }
      frameMedians.add(medians);
      frameUniform.add(uniform);
    }

    boolean isBar(int line) {
      boolean uniform = maxDeviation[line] <= MAX_LINE_DEVIATION && isStatic(line);
      boolean uniformBesideOverlay = mostlyUniform[line] && maxMedian[line] - minMedian[line] <= MAX_MEAN_DRIFT;
      return uniform || uniformBesideOverlay;
    }

    boolean isStatic(int line) {
      return maxMean[line] - minMean[line] <= MAX_MEAN_DRIFT;
    }

    /**
     * The bar lines at the start and at the end, given the uniform lines there ({@link #barsWithFlatEdges}),
     * each without the flat footage that continued it ({@link #framed}); a side whose bar turned out to be
     * flat footage takes the opposite side's extent when that is a bar and its own uniform lines reach about
     * as far (a symmetric letterbox around a dark scene, whose picture continues the bars).
     */
    Bars bars(Bars withFlatEdges) {
      int rawStart = withFlatEdges.start();
      int rawEnd = withFlatEdges.end();
      int start = framed(rawStart, false);
      int end = framed(rawEnd, true);
      if (start == 0 && end > 0 && rawStart >= end - FLAT_CONTINUATION) {
        start = Math.min(rawStart, end);
      } else if (end == 0 && start > 0 && rawEnd >= start - FLAT_CONTINUATION) {
        end = Math.min(rawEnd, start);
      }
      return new Bars(start, end);
    }

    /** The uniform lines at the start and at the end, flat footage included (across bands of burnt-in text). */
    Bars barsWithFlatEdges() {
      return new Bars(bars(false), bars(true));
    }

    /**
     * {@code bars} lines from one edge, without the flat footage that merely continues them. A bar ends
     * where the picture begins: in a typical frame the next line is not uniform in the bar's colour. Where,
     * in most frames, more than {@value #FLAT_CONTINUATION} lines beyond the bar still continue it, the
     * "bar" is (partly) flat footage (an animation's plain background, a clear or night sky) that happened
     * to stay flat over the sampled frames, and a trimmed copy would be cut elsewhere than its source. Its
     * lines are then footage and left to the picture, outward from the innermost up to an edge between two
     * lines; what remains outside it (a black bar beyond a plain blue background) is still bar.
     */
    private int framed(int bars, boolean fromEnd) {
      int lines = maxDeviation.length;
      if (bars == 0 || bars >= lines || !continuedBeyond(bars, fromEnd)) {
        return bars;
      }
      int n = bars - 1;
      while (n > 0 && sameLevel(fromEnd ? lines - n : n - 1, fromEnd ? lines - 1 - n : n)) {
        n--;
      }
      return n;
    }

    /**
     * Whether, in more than half the informative frames, the flat lines continue more than a few lines past
     * {@code bars}, or past the band of burnt-in text right after them: a watermark drawn into a plain sky
     * splits the sky into a "bar" above it and footage below, and where the footage rises close to the text
     * in any sampled frame, the band no longer joins the bar ({@link #bars(boolean)}). Whether it does then
     * depends on the frames sampled (lineage evaluation seed 103: a watermarked copy of a flat animation was
     * cut 10 lines from the top at 5 frames a second, not at 1).
     */
    private boolean continuedBeyond(int bars, boolean fromEnd) {
      int text = run(bars, fromEnd, false);
      boolean textBand = text > 0 && text <= maxDeviation.length * MAX_TEXT_BAND_SHARE;
      return continuedFrom(bars, bars, fromEnd) || (textBand && continuedFrom(bars, bars + text, fromEnd));
    }

    /**
     * Whether, in more than half the informative frames, more than {@value #FLAT_CONTINUATION} lines from the
     * {@code from}-th on are uniform at the level of the bar's last line ({@code bars} lines from the edge).
     */
    private boolean continuedFrom(int bars, int from, boolean fromEnd) {
      int lines = maxDeviation.length;
      int continued = 0;
      for (int f = 0; f < frameMedians.size(); f++) {
        int[] medians = frameMedians.get(f);
        boolean[] uniform = frameUniform.get(f);
        int previous = fromEnd ? lines - bars : bars - 1;
        int extra = 0;
        while (extra <= FLAT_CONTINUATION && from + extra < lines) {
          int line = fromEnd ? lines - 1 - from - extra : from + extra;
          if (!uniform[line] || Math.abs(medians[line] - medians[previous]) > BAR_TOLERANCE) {
            break;
          }
          previous = line;
          extra++;
        }
        if (extra > FLAT_CONTINUATION) {
          continued++;
        }
      }
      return 2 * continued > frameMedians.size();
    }

    /**
     * Whether neighbouring lines {@code a} and {@code b} had the same level in every frame, within {@link
     * #MAX_MEAN_DRIFT}: no edge between them (a gradient changes level gradually, a bar ends at once).
     */
    private boolean sameLevel(int a, int b) {
      return Math.abs(minMedian[a] - minMedian[b]) <= MAX_MEAN_DRIFT
          && Math.abs(maxMedian[a] - maxMedian[b]) <= MAX_MEAN_DRIFT;
    }

    /** Bar lines counted inward from one edge, across bands of burnt-in text inside the bar. */
    private int bars(boolean fromEnd) {
      int lines = maxDeviation.length;
      int maxBand = (int) (lines * MAX_TEXT_BAND_SHARE);
      int n = run(0, fromEnd, true);
      while (n > 0 && n < lines) {
        int band = 0;
        int after = 0;
        while (band <= maxBand) {
          int text = run(n + band, fromEnd, false);
          if (text == 0) {
            break;
          }
          band += text;
          after = run(n + band, fromEnd, true);
          if (after >= MIN_BAR_AFTER_TEXT) {
            break;
          }
          band += after; // the gap between two lines of text
          after = 0;
        }
        if (band == 0 || band > maxBand || after < MIN_BAR_AFTER_TEXT) {
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
