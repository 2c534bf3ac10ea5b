package org.reeltrace.media;

import java.util.Arrays;

/**
 * Where the picture inside a video's bars begins and ends, in pixels of the decoded frame and to a fraction
 * of one: a bar's edge rarely falls on a pixel boundary once the frame is scaled, and the line it falls in
 * holds a blend of bar and picture ({@link BarEdges}). Two copies of one letterboxed video whose bar
 * detection cut that line on different sides would otherwise be hashed one line apart: on a picture 81
 * lines tall that moves PDQ by 18-30 bits.
 *
 * @param left   the picture's left edge (x of its first column's left side)
 * @param top    the picture's top edge
 * @param right  the picture's right edge (x just past its last column)
 * @param bottom the picture's bottom edge
 */
public record PictureEdges(double left, double top, double right, double bottom) {
  public PictureEdges {
    if (!(right > left) || !(bottom > top)) {
      throw new IllegalArgumentException("picture edges must enclose an area, were left " + left + ", top " + top
          + ", right " + right + ", bottom " + bottom);
    }
  }

  /** The edges of {@code crop}'s pixels. */
  static PictureEdges of(CropRect crop) {
    return new PictureEdges(crop.x(), crop.y(), crop.x() + crop.width(), crop.y() + crop.height());
  }

  /**
   * The picture between these edges in {@code frame}, area-averaged onto {@code crop}'s size, row-major: each
   * sample the mean of the frame's samples over the part of the picture it covers. Exactly {@code crop}'s
   * samples when these are its edges.
   */
  byte[] resample(LumaFrame frame, CropRect crop) {
    if (equals(of(crop))) {
      return crop.cut(frame);
    }
    int width = crop.width();
    int height = crop.height();
    Weights rows = Weights.of(top, bottom, height, frame.height());
    Weights columns = Weights.of(left, right, width, frame.width());
    byte[] luma = frame.luma();
    int frameWidth = frame.width();
    double[] line = new double[frameWidth];
    byte[] out = new byte[width * height];
    for (int y = 0; y < height; y++) {
      Arrays.fill(line, 0);
      for (int i = rows.first[y]; i < rows.first[y] + rows.weight[y].length; i++) {
        double w = rows.weight[y][i - rows.first[y]];
        int base = i * frameWidth;
        for (int x = columns.first[0]; x < frameWidth && x <= columns.last(); x++) {
          line[x] += w * (luma[base + x] & 0xff);
        }
      }
      for (int x = 0; x < width; x++) {
        double v = 0;
        for (int j = 0; j < columns.weight[x].length; j++) {
          v += columns.weight[x][j] * line[columns.first[x] + j];
        }
        out[y * width + x] = (byte) Math.max(0, Math.min(255, Math.round(v)));
      }
    }
    return out;
  }

  /**
   * For each of {@code count} output samples spread evenly over {@code [start, end)}: the first source sample
   * it overlaps and the share of the output sample each source sample from there covers (summing to 1).
   */
  private static final class Weights {
    final int[] first;
    final double[][] weight;

    private Weights(int[] first, double[][] weight) {
      this.first = first;
      this.weight = weight;
    }

    static Weights of(double start, double end, int count, int limit) {
      double step = (end - start) / count;
      int[] first = new int[count];
      double[][] weight = new double[count][];
      for (int o = 0; o < count; o++) {
        double a = Math.max(0, start + o * step);
        double b = Math.min(limit, start + (o + 1) * step);
        int from = Math.min(limit - 1, (int) Math.floor(a));
        int to = Math.max(from + 1, Math.min(limit, (int) Math.ceil(b)));
        double[] w = new double[to - from];
        double total = 0;
        for (int i = from; i < to; i++) {
          w[i - from] = Math.max(0, Math.min(b, i + 1) - Math.max(a, i));
          total += w[i - from];
        }
        for (int i = 0; i < w.length; i++) {
          w[i] = total > 0 ? w[i] / total : 1.0 / w.length;
        }
        first[o] = from;
        weight[o] = w;
      }
      return new Weights(first, weight);
    }

    int last() {
      int n = first.length - 1;
      return first[n] + weight[n].length - 1;
    }
  }
}
