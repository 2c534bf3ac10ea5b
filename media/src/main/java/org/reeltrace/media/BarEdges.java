package org.reeltrace.media;

import java.util.List;

/**
 * Finds a letterboxed or pillarboxed picture's edges to a fraction of a pixel ({@link PictureEdges}), from the
 * bar detector's whole-pixel crop and the sampled frames. A line next to a bar's edge shows the picture
 * scaled by the share of it that the line covers and the bar for the rest: its mean difference from the
 * bar's level, over all columns of all informative frames, divided by that of a line of picture two lines
 * inside, is that share. The two lines either side of the crop's edge are measured, so the edge found does
 * not depend on which side of the detector's bar test a blended or ringing line fell (lineage evaluation
 * seed 124: a re-post's bottom edge came out one line above its source's).
 *
 * <p>An edge is left where the crop puts it when the bar is not at least {@value #BAR_LINES} lines wide,
 * the picture is shorter than {@value #MIN_PICTURE} lines, or the picture next to it differs from the bar's
 * level by less than {@value #MIN_CONTRAST} luma levels on average (a share measured against so small a
 * difference is noise).
 */
final class BarEdges {
  /** Bar lines needed outside the picture: two measured and one giving the bar's level. */
  static final int BAR_LINES = 3;
  /** Picture lines needed inside the bars. */
  static final int MIN_PICTURE = 8;
  /** Mean difference, in luma levels, between the picture's lines and the bar's level needed to measure shares. */
  static final double MIN_CONTRAST = 16;
  /**
   * The largest share of picture the outer of the two bar lines measured may show: more is a band of text
   * in the bar next to the picture, or picture the bar detector cut off, not a blend at the edge.
   */
  static final double MAX_OUTER_SHARE = 0.2;

  private BarEdges() {
  }

  /** The edges of the picture inside {@code crop} in {@code frames} (all of one size, the crop's frame). */
  static PictureEdges of(List<LumaFrame> frames, CropRect crop) {
    List<LumaFrame> informative = frames.stream()
        .filter(f -> LetterboxDetector.deviation(f) >= LetterboxDetector.MIN_FRAME_DEVIATION).toList();
    if (informative.isEmpty()) {
      return PictureEdges.of(crop);
    }
    int width = informative.get(0).width();
    int height = informative.get(0).height();
    double top = edge(informative, crop.y(), crop.height(), height, true, false, crop);
    double bottom = edge(informative, crop.y() + crop.height(), crop.height(), height, true, true, crop);
    double left = edge(informative, crop.x(), crop.width(), width, false, false, crop);
    double right = edge(informative, crop.x() + crop.width(), crop.width(), width, false, true, crop);
    return new PictureEdges(left, top, right, bottom);
  }

  /**
   * One edge: {@code at} is the crop's edge line (the first picture line, or for an edge at the end the first
   * bar line), {@code length} the crop's extent in that direction, {@code lines} the frame's.
   */
  private static double edge(List<LumaFrame> frames, int at, int length, int lines, boolean rows,
      boolean atEnd, CropRect crop) {
    int outward = atEnd ? 1 : -1;
    int firstBar = atEnd ? at : at - 1;
    int barLevelLine = firstBar + outward * (BAR_LINES - 1);
    int reference = atEnd ? at - 3 : at + 2;
    if (barLevelLine < 0 || barLevelLine >= lines || length < MIN_PICTURE) {
      return at;
    }
    // measured lines, from the innermost outward: two of picture, then two of bar
    int[] measured = atEnd ? new int[] {at - 2, at - 1, at, at + 1} : new int[] {at + 1, at, at - 1, at - 2};
    double[] differences = new double[measured.length];
    double referenceDifference = 0;
    long samples = 0;
    int across = rows ? crop.width() : crop.height();
    int acrossStart = rows ? crop.x() : crop.y();
    for (LumaFrame frame : frames) {
      double bar = median(frame, barLevelLine, acrossStart, across, rows);
      for (int k = acrossStart; k < acrossStart + across; k++) {
        referenceDifference += sample(frame, reference, k, rows) - bar;
        for (int m = 0; m < measured.length; m++) {
          differences[m] += sample(frame, measured[m], k, rows) - bar;
        }
      }
      samples += across;
    }
    if (Math.abs(referenceDifference) < MIN_CONTRAST * samples) {
      return at;
    }
    double picture = 0;
    for (double d : differences) {
      picture += Math.max(0, Math.min(1, d / referenceDifference));
    }
    if (differences[measured.length - 1] / referenceDifference > MAX_OUTER_SHARE) {
      return at;
    }
    // the measured lines span [at - 2, at + 2): the picture fills `picture` of them from the inner end
    return atEnd ? at - 2 + picture : at + 2 - picture;
  }

  private static int sample(LumaFrame frame, int line, int across, boolean rows) {
    return rows ? frame.at(across, line) : frame.at(line, across);
  }

  /** The median sample of one line (row or column) of {@code frame}, over {@code count} samples from {@code from}. */
  private static int median(LumaFrame frame, int line, int from, int count, boolean rows) {
    int[] histogram = new int[256];
    for (int k = from; k < from + count; k++) {
      histogram[sample(frame, line, k, rows)]++;
    }
    return LetterboxDetector.median(histogram, count);
  }
}
