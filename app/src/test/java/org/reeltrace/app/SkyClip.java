package org.reeltrace.app;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Writes real H.264 test clips of smooth, low-contrast footage (a drifting cloudy sky), optionally with a
 * re-poster's overlays burnt in: a platform logo box that jumps corner to corner halfway, a handle and a
 * caption box. On such footage the overlays move PDQ 60-100 bits from the source's pictures.
 */
final class SkyClip {
  private static final int WIDTH = 320;
  private static final int HEIGHT = 180;
  private static final int FPS = 30;

  private SkyClip() {}

  /**
   * Six seconds of soft blobs of many sizes drifting across a sky gradient, like clouds ({@code sky} picks
   * them), overlaid or not.
   */
  static Path write(Path file, int sky, boolean overlaid) throws Exception {
    int[][] texture = sky(sky, WIDTH + 6 * FPS * 2, HEIGHT);
    return TestClips.write(file, WIDTH, HEIGHT, FPS, 400_000, 6 * FPS, f -> {
      BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
      for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < WIDTH; x++) {
          int grey = texture[y][x + 2 * f];
          image.setRGB(x, y, new Color(grey, grey, Math.min(255, grey + 30)).getRGB());
        }
      }
      if (overlaid) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(f < 3 * FPS ? 10 : WIDTH - 50, f < 3 * FPS ? 8 : HEIGHT - 40, 36, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 10));
        g.drawString("@mega.compilations", 10, 52);
        g.setColor(new Color(20, 20, 30));
        g.fillRect(120, 110, 80, 18);
        g.setColor(Color.WHITE);
        g.drawString("new one!", 135, 123);
        g.dispose();
      }
      return image;
    });
  }

  /** Soft blobs of many sizes, light and dark, over a gradient: grey levels of a {@code width × height} sky. */
  private static int[][] sky(int seed, int width, int height) {
    java.util.Random random = new java.util.Random(seed);
    double[][] v = new double[height][width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        v[y][x] = 70 + 50.0 * y / height;
      }
    }
    return TestClips.blobs(v, random, 150, () -> 5 + 40 * random.nextDouble() * random.nextDouble(),
        () -> 15 + 25 * random.nextDouble());
  }
}
