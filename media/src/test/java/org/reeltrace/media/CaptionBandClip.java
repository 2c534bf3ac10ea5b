package org.reeltrace.media;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Writes a video in the meme format: the footage under a white band carrying a caption of a few lines, with
 * a thin white strip below it, as meme pages re-post clips.
 */
final class CaptionBandClip {
  /** The caption band's height, as a share of the frame's width. */
  static final double BAND_SHARE = 0.32;
  /** The white strip under the footage, as a share of the frame's width. */
  static final double STRIP_SHARE = 0.06;

  private CaptionBandClip() {}

  /**
   * Writes {@code source} scaled to {@code width}, under a white band of {@value #BAND_SHARE} of the width
   * with {@code lines} centred in black, over a white strip of {@value #STRIP_SHARE} of it, at 25 frames/s.
   *
   * @return {@code out}
   */
  static Path write(Path source, Path out, int width, String... lines) throws UnreadableMediaException {
    VideoInfo info = new VideoProbe().probe(source);
    int band = (int) Math.round(width * BAND_SHARE);
    int footage = 2 * (int) Math.round(width * info.height() / (2.0 * info.width()));
    int height = band + footage + 2 * (int) Math.round(width * STRIP_SHARE / 2);
    return RedrawnClip.write(source, out, width, height,
        picture -> underCaption(picture, width, height, band, footage, lines));
  }

  private static BufferedImage underCaption(BufferedImage picture, int width, int height, int band, int footage,
      String... lines) {
    BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.drawImage(picture, 0, band, width, footage, null);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, width / 13));
    FontMetrics metrics = g.getFontMetrics();
    int lineHeight = metrics.getHeight();
    int y = (band - lineHeight * lines.length) / 2 + metrics.getAscent();
    for (String line : lines) {
      g.drawString(line, (width - metrics.stringWidth(line)) / 2, y);
      y += lineHeight;
    }
    g.dispose();
    return out;
  }
}
