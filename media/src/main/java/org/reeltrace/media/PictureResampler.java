package org.reeltrace.media;

import java.util.Arrays;

/**
 * Cuts the picture between {@link PictureEdges} out of a video's frames, area-averaged onto its crop's size:
 * each output sample is the mean of the frame's samples over the part of the picture it covers. Built once
 * per video, as the weights depend only on the edges and the sizes; exactly the crop's samples when the edges
 * are the crop's own.
 */
final class PictureResampler {
  private final CropRect crop;
  private final boolean wholePixels;
  private final Weights rows;
  private final Weights columns;

  /** For frames of {@code frameWidth × frameHeight} whose picture lies between {@code edges} inside {@code crop}. */
  PictureResampler(PictureEdges edges, CropRect crop, int frameWidth, int frameHeight) {
    this.crop = crop;
    this.wholePixels = edges.equals(PictureEdges.of(crop));
    this.rows = Weights.of(edges.top(), edges.bottom(), crop.height(), frameHeight);
    this.columns = Weights.of(edges.left(), edges.right(), crop.width(), frameWidth);
  }

  /** The picture of {@code frame} (of the size given), row-major, the crop's width × height. */
  byte[] cut(LumaFrame frame) {
    if (wholePixels) {
      return crop.cut(frame);
    }
    int width = crop.width();
    int height = crop.height();
    byte[] luma = frame.luma();
    int frameWidth = frame.width();
    int fromColumn = columns.first[0];
    int toColumn = Math.min(frameWidth - 1, columns.last());
    double[] line = new double[frameWidth];
    byte[] out = new byte[width * height];
    for (int y = 0; y < height; y++) {
      Arrays.fill(line, 0);
      for (int j = 0; j < rows.weight[y].length; j++) {
        double w = rows.weight[y][j];
        int base = (rows.first[y] + j) * frameWidth;
        for (int x = fromColumn; x <= toColumn; x++) {
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
