package org.reeltrace.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Writes a video over a blurred fill, as vertical-video editors post a clip in a frame of another shape:
 * the fixture for {@link BlurredFillDetector} and for the copy search's tests in {@code app}.
 *
 * <p>Public (in the test jar) so {@code app} can build its copies with the same code.
 */
public final class BlurredFillClip {
  private BlurredFillClip() {}

  /**
   * Writes {@code source} as a vertical-video editor shows it in a frame of another shape: scaled to the
   * frame's width (or height), centred over itself enlarged to cover the frame and blurred (three passes of
   * a box blur 25 pixels wide), at 25 frames/s, optionally mirrored.
   *
   * @return {@code out}
   */
  public static Path write(Path source, Path out, int width, int height, boolean mirrored) {
    return RedrawnClip.write(source, out, width, height,
        picture -> overBlurredFill(picture, width, height, mirrored));
  }

  private static BufferedImage overBlurredFill(BufferedImage picture, int width, int height, boolean mirrored) {
    double cover = Math.max((double) width / picture.getWidth(), (double) height / picture.getHeight());
    double fit = Math.min((double) width / picture.getWidth(), (double) height / picture.getHeight());
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    int coverW = (int) Math.round(picture.getWidth() * cover);
    int coverH = (int) Math.round(picture.getHeight() * cover);
    g.drawImage(picture, (width - coverW) / 2, (height - coverH) / 2, coverW, coverH, null);
    for (int pass = 0; pass < 3; pass++) {
      boxBlur(out, 12);
    }
    int w = (int) Math.round(picture.getWidth() * fit);
    int h = (int) Math.round(picture.getHeight() * fit);
    int x = (width - w) / 2;
    int y = (height - h) / 2;
    if (mirrored) {
      g.drawImage(picture, x + w, y, -w, h, null);
    } else {
      g.drawImage(picture, x, y, w, h, null);
    }
    g.dispose();
    return out;
  }

  /** Averages each pixel with the {@code radius} pixels on either side, across and then down (edges clamped). */
  private static void boxBlur(BufferedImage image, int radius) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
    int[] across = new int[pixels.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        across[y * w + x] = average(pixels, y * w, 1, x, w, radius);
      }
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        pixels[y * w + x] = average(across, x, w, y, h, radius);
      }
    }
    image.setRGB(0, 0, w, h, pixels, 0, w);
  }

  private static int average(int[] pixels, int base, int stride, int at, int length, int radius) {
    int r = 0;
    int g = 0;
    int b = 0;
    int n = 0;
    for (int i = Math.max(0, at - radius); i <= Math.min(length - 1, at + radius); i++) {
      int p = pixels[base + i * stride];
      r += (p >> 16) & 0xff;
      g += (p >> 8) & 0xff;
      b += p & 0xff;
      n++;
    }
    return (r / n) << 16 | (g / n) << 8 | b / n;
  }

}
