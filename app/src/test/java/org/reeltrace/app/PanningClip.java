package org.reeltrace.app;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Writes real H.264 test clips of fast footage: a grainy texture (like wood or fabric) panning
 * {@value #PIXELS_PER_FRAME} pixels a frame at 30 frames/s, from a chosen frame of the pan on, so a copy
 * cut off the 5-a-second sampling grid (a tenth of a second, 3 frames, in) can be made.
 */
final class PanningClip {
  private static final int WIDTH = 320;
  private static final int HEIGHT = 180;
  private static final int FPS = 30;
  private static final int PIXELS_PER_FRAME = 6;
  /** Frames of pan the texture is wide enough for: ten seconds. */
  private static final int PAN_FRAMES = 10 * FPS;

  private PanningClip() {}

  /** {@code seconds} of texture {@code seed} panning, starting at frame {@code firstFrame} of the pan. */
  static Path write(Path file, int seed, int firstFrame, double seconds) throws Exception {
    int frames = (int) Math.round(seconds * FPS);
    if (firstFrame < 0 || firstFrame + frames > PAN_FRAMES) {
      throw new IllegalArgumentException("the pan lasts " + PAN_FRAMES + " frames, asked for frames " + firstFrame
          + " to " + (firstFrame + frames));
    }
    int[][] texture = texture(seed, WIDTH + PIXELS_PER_FRAME * PAN_FRAMES, HEIGHT);
    return TestClips.write(file, WIDTH, HEIGHT, FPS, 2_000_000, frames, f -> {
      BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
      for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < WIDTH; x++) {
          int grey = texture[y][x + PIXELS_PER_FRAME * (firstFrame + f)];
          image.setRGB(x, y, new Color(grey, grey, grey).getRGB());
        }
      }
      return image;
    });
  }

  /** Blobs of many sizes and shades, like a coarse grain: grey levels of a {@code width × height} texture. */
  private static int[][] texture(int seed, int width, int height) {
    java.util.Random random = new java.util.Random(seed);
    double[][] v = new double[height][width];
    for (double[] row : v) {
      java.util.Arrays.fill(row, 120);
    }
    return TestClips.blobs(v, random, 200, () -> 6 + 20 * random.nextDouble(), () -> 20 + 40 * random.nextDouble());
  }
}
