package org.reeltrace.media;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds footage shown over a blurred fill: the rectangle of sharp picture that a vertical-video editor
 * (TikTok's, CapCut's, a Shorts or Reels export) places over an enlarged, blurred copy of the same footage
 * when a landscape clip is posted in a 9:16 frame, or a portrait one in a landscape frame. Unlike
 * letterbox bars ({@link LetterboxDetector}) the fill moves with the footage, so its lines are neither
 * uniform nor still; what gives it away is that it carries almost no detail and that the detail starts
 * abruptly, on the same line in every frame, where the footage begins.
 *
 * <p>Measured on 256-pixel pictures (the fingerprinter's working size) of fills made with FFmpeg's box
 * blur (radius 20 on a 540 × 960 frame): the fill's lines differ from pixel to pixel by 0.2–1.5 luma levels
 * on average (median over frames; up to 1.5–3 for a lighter blur of a detailed pattern), footage by 2.5–13
 * (0.8 for a storm sky); the line where the footage starts differs from the fill's line before it by 14–35
 * levels on average, footage lines from their neighbours by 1–13.
 *
 * <p>A line is where the footage starts when, in each third of the picture across (a caption box or a
 * flat animation's lines do not span the picture), the {@value #RUN} lines before it carry at most
 * {@value #MAX_FILL_DETAIL} levels of detail, and either the {@value #RUN} lines after it carry
 * {@value #MIN_DETAIL_RATIO} times as much and at least {@value #MIN_FOOTAGE_DETAIL}, or a step of at least
 * {@value #MIN_STEP} levels and twice {@value #MIN_DETAIL_RATIO} times the fill's own separates them (a
 * smooth sky at the top of the footage), and those fill lines are not mostly of one flat colour that stays
 * put (a meme's white caption band: its text would pass for the footage's edge). Scaling mixes the two on
 * the line between them, which is left to neither, and splits the step over the two line pairs around it,
 * whose steps are added. The
 * fill on each side must cover at least {@value #MIN_FILL_SHARE} of the frame, the footage at least a fifth,
 * and the fill's median detail, along and across its lines, be at most {@value #MAX_FILL_TO_FOOTAGE} of the
 * footage's ({@value #MAX_FILL_TO_FOOTAGE_AT_STEPS} where a step marks both edges in every third: a blurred
 * storm sky is hardly smoother than the sky). Of several
 * such rectangles (a caption box in the fill has edges too), the one whose lines are most consistently
 * detailed wins; of neighbouring lines that pass, the one at the largest step. Where only one edge shows
 * (the footage as smooth as the fill on the other side), the footage is taken to be centred, as editors
 * place it. The rows are found first, then the columns within those rows.
 */
public final class BlurredFillDetector {
  /** Lines on each side of a candidate edge whose detail is compared. */
  static final int RUN = 4;
  /** The most detail (mean absolute difference of neighbouring pixels, luma levels) a fill line carries. */
  static final double MAX_FILL_DETAIL = 3.0;
  /** How many times the fill's detail the footage's first lines must carry. */
  static final double MIN_DETAIL_RATIO = 4;
  /** The least detail of the footage's first lines when no step separates them from the fill. */
  static final double MIN_FOOTAGE_DETAIL = 2.0;
  /** The least step (mean absolute difference between two lines) at the footage's edge. */
  static final double MIN_STEP = 8;
  /** The least share of the frame the fill covers on each side. */
  static final double MIN_FILL_SHARE = 0.03;
  /** The fill's median detail may be at most this share of the footage's. */
  static final double MAX_FILL_TO_FOOTAGE = 0.3;
  /** The fill's median detail may be at most this share of the footage's where steps mark both its edges. */
  static final double MAX_FILL_TO_FOOTAGE_AT_STEPS = 0.6;
  /** The footage must cover at least 1/{@value} of the frame in the direction it is cut. */
  static final int MIN_KEPT_PARTS = 5;
  /** The least share of a line of an editor's flat band that lies near its median in each frame. */
  static final double MIN_FLAT_SHARE = 0.85;
  /** How far (luma levels) from its line's median a sample of an editor's flat band may lie. */
  static final int FLAT_TOLERANCE = 2;
  /** The most the median of a line of an editor's flat band moves across frames (luma levels). */
  static final int MAX_FLAT_DRIFT = 4;
  private static final double DETAIL_FLOOR = 0.25;
  private static final double STEP_FLOOR = 0.5;

  /**
   * The rectangle of footage inside a blurred fill of {@code pictures} (all of one size), in their
   * coordinates; empty when there is no such fill.
   */
  public Optional<CropRect> find(List<LumaFrame> pictures) {
    List<LumaFrame> informative = pictures.stream()
        .filter(p -> LetterboxDetector.deviation(p) >= LetterboxDetector.MIN_FRAME_DEVIATION).toList();
    if (informative.isEmpty()) {
      return Optional.empty();
    }
    int width = informative.get(0).width();
    int height = informative.get(0).height();
    int[] rows = span(informative, height, 0, width, false);
    int top = rows == null ? 0 : rows[0];
    int bottom = rows == null ? height : rows[1];
    int[] columns = span(informative, width, top, bottom, true);
    int left = columns == null ? 0 : columns[0];
    int right = columns == null ? width : columns[1];
    if (rows == null && columns == null) {
      return Optional.empty();
    }
    return Optional.of(new CropRect(left, top, right - left, bottom - top));
  }

  /**
   * The first and past-the-last line of the footage along one direction (rows, or columns when
   * {@code columns}), looking only at the cross positions {@code from..to} of lines {@code 0..lines};
   * null when there is no fill.
   */
  private static int[] span(List<LumaFrame> frames, int lines, int from, int to, boolean columns) {
    if (lines < 2 * RUN + 4 || to - from < 6) {
      return null;
    }
    int third = (to - from) / 3;
    int[][] parts = {{from, to}, {from, from + third}, {from + third, to - third}, {to - third, to}};
    double[][] detail = new double[parts.length][];
    double[][] step = new double[parts.length][];
    for (int k = 0; k < parts.length; k++) {
      double[][] profile = profile(frames, lines, parts[k][0], parts[k][1], columns);
      detail[k] = profile[0];
      step[k] = profile[1];
    }
    boolean[] flat = flatBands(frames, lines, from, to, columns);
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    Set<Integer> steppedStarts = new HashSet<>();
    Set<Integer> steppedEnds = new HashSet<>();
    for (int y = RUN + 1; y < lines - RUN - 1; y++) {
      boolean start = true;
      boolean end = true;
      boolean stepIn = true;
      boolean stepOut = true;
      for (int k = 1; k < parts.length; k++) {
        boolean fillBefore = mean(detail[k], y - 1 - RUN, y - 1) <= MAX_FILL_DETAIL;
        boolean fillAfter = mean(detail[k], y + 1, y + 1 + RUN) <= MAX_FILL_DETAIL;
        boolean stepBefore = step(step[k], y - 2, y - 1 - RUN, y - 2);
        boolean stepAfter = step(step[k], y - 1, y + 1, y + 1 + RUN);
        start &= fillBefore && (stepBefore || moreDetail(detail[k], y, y + RUN, y - 1 - RUN, y - 1));
        end &= fillAfter && (stepAfter || moreDetail(detail[k], y - RUN, y, y + 1, y + 1 + RUN));
        stepIn &= stepBefore;
        stepOut &= stepAfter;
      }
      start &= !mostly(flat, y - 1 - RUN, y - 1);
      end &= !mostly(flat, y + 1, y + 1 + RUN);
      if (start) {
        starts.add(y);
        if (stepIn) {
          steppedStarts.add(y);
        }
      }
      if (end) {
        ends.add(y);
        if (stepOut) {
          steppedEnds.add(y);
        }
      }
    }
    starts = strongestOfEachRun(starts, step[0], -2);
    ends = strongestOfEachRun(ends, step[0], -1);
    double[] whole = lineDetail(detail[0], step[0]);
    int[] best = null;
    int bestScore = Integer.MIN_VALUE;
    int minFill = (int) Math.ceil(MIN_FILL_SHARE * lines);
    for (int start : starts) {
      if (start < minFill) {
        continue;
      }
      for (int end : ends) {
        if (end <= start || (end - start) * MIN_KEPT_PARTS < lines || lines - end < minFill) {
          continue;
        }
        double limit = (steppedStarts.contains(start) && steppedEnds.contains(end)
            ? MAX_FILL_TO_FOOTAGE_AT_STEPS : MAX_FILL_TO_FOOTAGE) * median(whole, start, end);
        if (median(whole, 0, start - 1) > limit || median(whole, end + 1, lines) > limit) {
          continue;
        }
        int score = 0;
        for (int y = start; y < end; y++) {
          score += whole[y] > limit ? 1 : -1;
        }
        if (score > bestScore) {
          bestScore = score;
          best = new int[] {start, end};
        }
      }
    }
    return best != null ? best : centred(detail, whole, lines, steppedStarts, steppedEnds);
  }

  /**
   * Where only one edge of the footage shows (footage as smooth as its fill on the other side: a pale sky
   * under a pale blur), the footage centred in the frame, as editors place it, when a step marks that edge
   * in every third and the lines where the other edge would lie carry no more detail than a fill; null
   * when there is no such edge.
   */
  private static int[] centred(double[][] detail, double[] whole, int lines, Set<Integer> starts,
      Set<Integer> ends) {
    List<int[]> candidates = new ArrayList<>();
    starts.forEach(start -> candidates.add(new int[] {start, lines - start}));
    ends.forEach(end -> candidates.add(new int[] {lines - end, end}));
    int minFill = (int) Math.ceil(MIN_FILL_SHARE * lines);
    int[] best = null;
    for (int[] c : candidates) {
      int start = c[0];
      int end = c[1];
      if (start - 1 - RUN < 0 || end + 1 + RUN > lines || start < minFill || (end - start) * MIN_KEPT_PARTS < lines) {
        continue;
      }
      boolean fillBeside = true;
      for (int k = 1; k < detail.length; k++) {
        fillBeside &= mean(detail[k], start - 1 - RUN, start - 1) <= MAX_FILL_DETAIL
            && mean(detail[k], end + 1, end + 1 + RUN) <= MAX_FILL_DETAIL;
      }
      double limit = MAX_FILL_TO_FOOTAGE_AT_STEPS * median(whole, start, end);
      if (fillBeside && median(whole, 0, start - 1) <= limit && median(whole, end + 1, lines) <= limit
          && (best == null || end - start > best[1] - best[0])) {
        best = c;
      }
    }
    return best;
  }

  /**
   * Of each run of neighbouring candidate lines, the one whose steps {@code step[y + offset]} and
   * {@code step[y + offset + 1]} add up to the most: the line the footage's edge crosses, mixing fill and
   * footage, lies between those two steps, and the footage is cut there (so a fill's line at its edge
   * spoils no hash).
   */
  private static List<Integer> strongestOfEachRun(List<Integer> candidates, double[] step, int offset) {
    List<Integer> strongest = new ArrayList<>();
    int best = -1;
    for (int i = 0; i < candidates.size(); i++) {
      int y = candidates.get(i);
      if (best >= 0 && y - candidates.get(i - 1) > 1) {
        strongest.add(best);
        best = -1;
      }
      if (best < 0 || step[y + offset] + step[y + offset + 1] > step[best + offset] + step[best + offset + 1]) {
        best = y;
      }
    }
    if (best >= 0) {
      strongest.add(best);
    }
    return strongest;
  }

  /**
   * Each line's detail along it plus across it: the smaller of its steps to the lines before and after (the
   * larger may be the edge of the footage). Footage of a smooth sky changes more down the picture than along.
   */
  private static double[] lineDetail(double[] along, double[] step) {
    double[] detail = new double[along.length];
    for (int y = 0; y < along.length; y++) {
      double before = y > 0 ? step[y - 1] : step[y];
      double after = y + 1 < along.length ? step[y] : before;
      detail[y] = along[y] + Math.min(before, after);
    }
    return detail;
  }

  /**
   * Whether the lines {@code from..to} carry {@value #MIN_DETAIL_RATIO} times the detail of the lines
   * {@code fillFrom..fillTo}, and at least {@value #MIN_FOOTAGE_DETAIL}.
   */
  private static boolean moreDetail(double[] detail, int from, int to, int fillFrom, int fillTo) {
    double footage = mean(detail, from, to);
    return footage >= MIN_FOOTAGE_DETAIL && footage >= MIN_DETAIL_RATIO * Math.max(mean(detail, fillFrom, fillTo),
        DETAIL_FLOOR);
  }

  /**
   * Whether the steps from line {@code at} to the next and from that to the one after add up to at least
   * {@value #MIN_STEP} and to twice {@value #MIN_DETAIL_RATIO} times the mean step of the fill's lines
   * {@code fillFrom..fillTo}.
   */
  private static boolean step(double[] step, int at, int fillFrom, int fillTo) {
    double edge = step[at] + step[at + 1];
    return edge >= MIN_STEP && edge >= 2 * MIN_DETAIL_RATIO * Math.max(mean(step, fillFrom, fillTo), STEP_FLOOR);
  }

  /**
   * Per line, the median over frames of its detail (mean absolute difference of neighbouring samples
   * along it) and of its step to the next line (mean absolute difference), over cross positions
   * {@code from..to}.
   */
  private static double[][] profile(List<LumaFrame> frames, int lines, int from, int to, boolean columns) {
    double[][] detail = new double[lines][frames.size()];
    double[][] step = new double[lines][frames.size()];
    for (int f = 0; f < frames.size(); f++) {
      LumaFrame frame = frames.get(f);
      for (int line = 0; line < lines; line++) {
        double d = 0;
        double s = 0;
        for (int i = from; i < to; i++) {
          int here = columns ? frame.at(line, i) : frame.at(i, line);
          if (i + 1 < to) {
            d += Math.abs((columns ? frame.at(line, i + 1) : frame.at(i + 1, line)) - here);
          }
          if (line + 1 < lines) {
            s += Math.abs((columns ? frame.at(line + 1, i) : frame.at(i, line + 1)) - here);
          }
        }
        detail[line][f] = to - from > 1 ? d / (to - from - 1) : 0;
        step[line][f] = s / (to - from);
      }
    }
    double[] detailMedian = new double[lines];
    double[] stepMedian = new double[lines];
    for (int line = 0; line < lines; line++) {
      detailMedian[line] = median(detail[line], 0, frames.size());
      stepMedian[line] = median(step[line], 0, frames.size());
    }
    return new double[][] {detailMedian, stepMedian};
  }

  /**
   * Per line, whether it is one flat colour that stays put, over cross positions {@code from..to}: in every
   * frame at least {@value #MIN_FLAT_SHARE} of its samples lie within {@value #FLAT_TOLERANCE} levels of its
   * median (text drawn on it is the rest), and that median moves by at most {@value #MAX_FLAT_DRIFT} levels
   * across frames. An editor's band of one colour (a meme's white caption band, a letterbox bar) is such; a
   * blurred fill, which moves with the footage and shades gradually, is not.
   */
  private static boolean[] flatBands(List<LumaFrame> frames, int lines, int from, int to, boolean columns) {
    boolean[] flat = new boolean[lines];
    int n = to - from;
    int[] histogram = new int[256];
    for (int line = 0; line < lines; line++) {
      int minMedian = Integer.MAX_VALUE;
      int maxMedian = Integer.MIN_VALUE;
      boolean uniform = true;
      for (int f = 0; f < frames.size() && uniform; f++) {
        LumaFrame frame = frames.get(f);
        Arrays.fill(histogram, 0);
        for (int i = from; i < to; i++) {
          histogram[columns ? frame.at(line, i) : frame.at(i, line)]++;
        }
        int median = LetterboxDetector.median(histogram, n);
        uniform = LetterboxDetector.near(histogram, median, FLAT_TOLERANCE) >= MIN_FLAT_SHARE * n;
        minMedian = Math.min(minMedian, median);
        maxMedian = Math.max(maxMedian, median);
      }
      flat[line] = uniform && maxMedian - minMedian <= MAX_FLAT_DRIFT;
    }
    return flat;
  }

  /** Whether at least half of {@code values[from..to]} are true. */
  private static boolean mostly(boolean[] values, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += values[i] ? 1 : 0;
    }
    return 2 * n >= to - from;
  }

  private static double mean(double[] values, int from, int to) {
    double sum = 0;
    for (int i = from; i < to; i++) {
      sum += values[i];
    }
    return sum / (to - from);
  }

  private static double median(double[] values, int from, int to) {
    if (to <= from) {
      return 0;
    }
    double[] sorted = Arrays.copyOfRange(values, from, to);
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
