package org.reeltrace.media;

import java.util.Locale;

/**
 * A rectangle of a video's picture (the frame inside any letterbox bars) in fractions of the
 * picture's width and height, so it applies at any decoding size: where a cropped copy sits in its
 * original, or where an inset (picture-in-picture) shows another video.
 *
 * @param x      left edge, 0..1
 * @param y      top edge, 0..1
 * @param width  0..1, {@code x + width <= 1}
 * @param height 0..1, {@code y + height <= 1}
 */
public record PictureWindow(double x, double y, double width, double height) {
  private static final double SLACK = 1e-9;

  public PictureWindow {
    if (!(x >= 0 && y >= 0 && width > 0 && height > 0 && x + width <= 1 + SLACK && y + height <= 1 + SLACK)) {
      throw new IllegalArgumentException("window must lie inside the unit square, was " + label(x, y, width, height));
    }
  }

  /** The whole picture. */
  public static final PictureWindow WHOLE = new PictureWindow(0, 0, 1, 1);

  /** {@code "0.120,0.050,0.800x0.860"}: left, top, width × height. */
  public String label() {
    return label(x, y, width, height);
  }

  /**
   * This window of {@code picture}, resampled bilinearly (the window's edges fall between samples) to
   * its own size in samples, at least 2×2.
   */
  LumaFrame cut(LumaFrame picture) {
    int w = Math.max(2, (int) Math.round(width * picture.width()));
    int h = Math.max(2, (int) Math.round(height * picture.height()));
    int pw = picture.width();
    int ph = picture.height();
    byte[] src = picture.luma();
    byte[] out = new byte[w * h];
    for (int j = 0; j < h; j++) {
      double sy = (y + (j + 0.5) * height / h) * ph - 0.5;
      int y0 = Math.max(0, Math.min(ph - 2, (int) Math.floor(sy)));
      double fy = Math.max(0, Math.min(1, sy - y0));
      for (int i = 0; i < w; i++) {
        double sx = (x + (i + 0.5) * width / w) * pw - 0.5;
        int x0 = Math.max(0, Math.min(pw - 2, (int) Math.floor(sx)));
        double fx = Math.max(0, Math.min(1, sx - x0));
        int a = y0 * pw + x0;
        double top = (src[a] & 0xff) + fx * ((src[a + 1] & 0xff) - (src[a] & 0xff));
        double bottom = (src[a + pw] & 0xff) + fx * ((src[a + pw + 1] & 0xff) - (src[a + pw] & 0xff));
        out[j * w + i] = (byte) Math.round(top + fy * (bottom - top));
      }
    }
    return new LumaFrame(picture.frameNumber(), picture.timestampSeconds(), w, h, out);
  }

  private static String label(double x, double y, double width, double height) {
    return String.format(Locale.ROOT, "%.3f,%.3f,%.3fx%.3f", x, y, width, height);
  }
}
