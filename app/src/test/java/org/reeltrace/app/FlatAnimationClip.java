package org.reeltrace.app;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Writes real H.264 test clips of a flat animation: a plain sky above a slanted hill whose crest rises and
 * falls, and a sun sliding along it; optionally trimmed at the start and with a re-poster's caption drawn in
 * the sky. The sky's plain rows look like a letterbox bar whose depth depends on the frames sampled.
 */
final class FlatAnimationClip {
  private static final int WIDTH = 320;
  private static final int HEIGHT = 180;
  private static final int FPS = 30;
  private static final int SECONDS = 8;

  private FlatAnimationClip() {}

  /** The clip from {@code startSecond} to its end, with {@code caption} in the sky (none when null). */
  static Path write(Path file, int startSecond, String caption) throws Exception {
    return TestClips.write(file, WIDTH, HEIGHT, FPS, 300_000, (SECONDS - startSecond) * FPS, i -> {
      int f = i + startSecond * FPS;
      BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = image.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setColor(new Color(120, 195, 200));
      g.fillRect(0, 0, WIDTH, HEIGHT);
      // the crest is highest at the start and sinks for most of the clip
      int crest = 40 + (int) Math.round(45 * Math.sin(Math.PI * f / (SECONDS * FPS)));
      g.setColor(new Color(10, 90, 105));
      g.fillPolygon(new Polygon(new int[] {0, WIDTH, WIDTH, 0}, new int[] {crest + 70, crest, HEIGHT, HEIGHT}, 4));
      g.setColor(new Color(250, 185, 80));
      int sun = 40 + f;
      g.fillOval(sun, crest + 50 - (int) (0.22 * sun), 90, 150);
      if (caption != null) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(new Color(20, 20, 30));
        g.drawString(caption, 21, 19);
        g.setColor(Color.WHITE);
        g.drawString(caption, 20, 18);
      }
      g.dispose();
      return image;
    });
  }
}
