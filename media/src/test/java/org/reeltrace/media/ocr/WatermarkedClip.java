package org.reeltrace.media.ocr;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Test fixture: writes an H.264 clip of a real picture or video with a drawn platform watermark, laid
 * out like TikTok's (logo, "TikTok", "@handle" under it) or Douyin's (logo, "抖音", "抖音号: id" or
 * "@名字" under it): white text with a dark shadow, a few percent of the frame width from the corner.
 * Public for the evaluation in the bench module.
 *
 * @param backdrop    what the watermark is drawn over
 * @param watermark   the watermark, or null for a clip without one
 * @param width       frame width (even)
 * @param height      frame height (even)
 * @param seconds     clip length
 * @param bitrateKbps H.264 bit rate; low rates (300-600) blur small text as re-uploads do
 * @param mirrored    each frame flipped left to right after the watermark is drawn, as a re-poster
 *     mirroring a downloaded video does
 */
public record WatermarkedClip(Backdrop backdrop, Watermark watermark, int width, int height, double seconds,
    int bitrateKbps, boolean mirrored) {
  static final int FRAME_RATE = 25;
  private static final String FONT = "Noto Sans CJK SC";

  public WatermarkedClip {
    Objects.requireNonNull(backdrop, "backdrop");
    if (width % 2 != 0 || height % 2 != 0 || width < 64 || height < 64) {
      throw new IllegalArgumentException("frame size must be even and >= 64, was " + width + "x" + height);
    }
  }

  /** A clip that is not mirrored. */
  public WatermarkedClip(Backdrop backdrop, Watermark watermark, int width, int height, double seconds,
      int bitrateKbps) {
    this(backdrop, watermark, width, height, seconds, bitrateKbps, false);
  }

  /** The platform whose watermark layout is drawn; {@code STAMP}: only the handle line, as a re-poster stamps it. */
  public enum Platform { TIKTOK, DOUYIN, STAMP }

  /**
   * A watermark: the platform's logo line and one handle line, shown in {@code corners} in turn (equal
   * parts of the clip: {@code [top-left, bottom-right]} moves half-way, as TikTok's does).
   *
   * @param handleLine the second line as drawn: {@code @user.name_1}, {@code 抖音号: 12345678}, {@code @名字}
   * @param fontPixels height of the handle line's font in pixels
   * @param corners    {@code top-left}, {@code top-right}, {@code bottom-left} or {@code bottom-right}
   */
  public record Watermark(Platform platform, String handleLine, int fontPixels, List<String> corners) {
    public Watermark {
      corners = List.copyOf(corners);
      if (corners.isEmpty() || !corners.stream().allMatch(c -> c.matches("(top|bottom)-(left|right)"))) {
        throw new IllegalArgumentException("corners must be top|bottom-left|right, was " + corners);
      }
    }
  }

  /** Frames to draw on: a still picture slowly panned, or a video's frames (held at its end). */
  public interface Backdrop extends AutoCloseable {
    BufferedImage frame(int index, int width, int height);

    @Override
    void close();

    static Backdrop still(Path picture) {
      BufferedImage image;
      try {
        image = ImageIO.read(picture.toFile());
      } catch (IOException e) {
        throw new UncheckedIOException(picture + ": " + e.getMessage(), e);
      }
      if (image == null) {
        throw new IllegalArgumentException(picture + ": not a readable picture");
      }
      return new Backdrop() {
        @Override
        public BufferedImage frame(int index, int width, int height) {
          return cover(image, width, height, index * 0.002);
        }

        @Override
        public void close() {}
      };
    }

    static Backdrop video(Path video) {
      FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
      Java2DFrameConverter converter = new Java2DFrameConverter();
      try {
        grabber.start();
      } catch (FrameGrabber.Exception e) {
        throw new IllegalArgumentException(video + ": cannot open: " + e.getMessage(), e);
      }
      return new Backdrop() {
        private BufferedImage last;

        @Override
        public BufferedImage frame(int index, int width, int height) {
          try {
            Frame frame = grabber.grabImage();
            if (frame != null) {
              last = cover(converter.convert(frame), width, height, 0);
            }
          } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(video + ": " + e.getMessage(), e);
          }
          if (last == null) {
            throw new IllegalStateException(video + ": no frame");
          }
          return last;
        }

        @Override
        public void close() {
          try {
            grabber.close();
          } catch (FrameGrabber.Exception e) {
            throw new IllegalStateException(e);
          }
        }
      };
    }

    /**
     * Busy footage in motion, like grass in the wind: {@code blades} light thin blades over a dark green
     * ground, each swaying at its own pace (seeded, so every clip drawn with a seed is the same).
     */
    static Backdrop swayingBlades(long seed, int blades) {
      java.util.Random random = new java.util.Random(seed);
      double[][] blade = new double[blades][];
      for (int b = 0; b < blades; b++) {
        // base x (share of the width), height (share), lean, sway amplitude, sway period (frames), phase, level
        blade[b] = new double[] {random.nextDouble(), 0.3 + 0.7 * random.nextDouble(), random.nextGaussian() * 0.15,
            0.05 + 0.1 * random.nextDouble(), 8 + 20 * random.nextDouble(), 2 * Math.PI * random.nextDouble(),
            150 + 100 * random.nextDouble()};
      }
      return new Backdrop() {
        @Override
        public BufferedImage frame(int index, int width, int height) {
          BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
          Graphics2D g = out.createGraphics();
          g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
          g.setColor(new Color(40, 70, 35));
          g.fillRect(0, 0, width, height);
          g.setStroke(new BasicStroke(Math.max(1.5f, width / 320f)));
          for (double[] b : blade) {
            double lean = b[2] + b[3] * Math.sin(2 * Math.PI * index / b[4] + b[5]);
            int x0 = (int) Math.round(b[0] * width);
            int x1 = (int) Math.round(x0 + lean * height * b[1]);
            int y1 = (int) Math.round(height * (1 - b[1]));
            int level = (int) b[6];
            g.setColor(new Color(level, (int) (level * 0.85), (int) (level * 0.45)));
            g.drawLine(x0, height, x1, y1);
          }
          g.dispose();
          return out;
        }

        @Override
        public void close() {}
      };
    }

    /** {@code image} scaled to cover {@code width × height}, cropped centrally, shifted by {@code pan} of its width. */
    private static BufferedImage cover(BufferedImage image, int width, int height, double pan) {
      double scale = Math.max((double) width / image.getWidth(), (double) height / image.getHeight()) * 1.1;
      int w = (int) Math.ceil(image.getWidth() * scale);
      int h = (int) Math.ceil(image.getHeight() * scale);
      BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = out.createGraphics();
      g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      int x = (width - w) / 2 - (int) Math.round((pan % 0.05) * w);
      g.drawImage(image, x, (height - h) / 2, w, h, null);
      g.dispose();
      return out;
    }
  }

  /** Encodes the clip to {@code out} (MP4, H.264, 25 frames/s). */
  public void write(Path out) {
    int frames = (int) Math.round(seconds * FRAME_RATE);
    Java2DFrameConverter converter = new Java2DFrameConverter();
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out.toFile(), width, height, 0)) {
      recorder.setFormat("mp4");
      recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
      recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      recorder.setFrameRate(FRAME_RATE);
      recorder.setVideoBitrate(bitrateKbps * 1000);
      recorder.setVideoOption("preset", "veryfast");
      recorder.start();
      for (int i = 0; i < frames; i++) {
        BufferedImage frame = copy(backdrop.frame(i, width, height));
        if (watermark != null) {
          int part = Math.min(watermark.corners().size() - 1, i * watermark.corners().size() / frames);
          draw(frame, watermark, watermark.corners().get(part));
        }
        recorder.record(converter.convert(mirrored ? flipped(frame) : frame));
      }
      recorder.stop();
    } catch (FrameRecorder.Exception e) {
      throw new IllegalStateException(out + ": cannot encode: " + e.getMessage(), e);
    }
  }

  private static BufferedImage flipped(BufferedImage image) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, image.getWidth(), 0, -image.getWidth(), image.getHeight(), null);
    g.dispose();
    return out;
  }

  private static BufferedImage copy(BufferedImage image) {
    BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = out.createGraphics();
    g.drawImage(image, 0, 0, null);
    g.dispose();
    return out;
  }

  private static void draw(BufferedImage frame, Watermark watermark, String corner) {
    Graphics2D g = frame.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    int size = watermark.fontPixels();
    Font logoFont = new Font(FONT, Font.BOLD, Math.round(size * 1.25f));
    Font handleFont = new Font(FONT, Font.PLAIN, size);
    String logo = watermark.platform() == Platform.TIKTOK ? "TikTok" : "抖音";
    FontMetrics logoMetrics = g.getFontMetrics(logoFont);
    FontMetrics handleMetrics = g.getFontMetrics(handleFont);
    int icon = logoMetrics.getAscent();
    int blockWidth = Math.max(icon + size / 3 + logoMetrics.stringWidth(logo), handleMetrics.stringWidth(watermark.handleLine()));
    int blockHeight = logoMetrics.getHeight() + handleMetrics.getHeight();
    int margin = frame.getWidth() / 25;
    int x = corner.endsWith("left") ? margin : frame.getWidth() - margin - blockWidth;
    int y = corner.startsWith("top") ? margin + frame.getHeight() / 30 : frame.getHeight() - margin - blockHeight;
    if (watermark.platform() == Platform.STAMP) {
      shadowed(g, handleFont, watermark.handleLine(), x, y + logoMetrics.getHeight() + handleMetrics.getAscent());
      g.dispose();
      return;
    }
    // logo: a rounded square with a note-like mark, then the wordmark
    g.setColor(new Color(0, 0, 0, 150));
    g.fillRoundRect(x + 1, y + 1, icon, icon, icon / 3, icon / 3);
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(Math.max(2, icon / 8f)));
    g.drawRoundRect(x, y, icon, icon, icon / 3, icon / 3);
    g.fillOval(x + icon / 4, y + icon / 2, icon / 3, icon / 3);
    g.drawLine(x + icon / 4 + icon / 3, y + icon * 2 / 3, x + icon / 4 + icon / 3, y + icon / 5);
    shadowed(g, logoFont, logo, x + icon + size / 3, y + logoMetrics.getAscent() - logoMetrics.getDescent() / 2);
    shadowed(g, handleFont, watermark.handleLine(), x, y + logoMetrics.getHeight() + handleMetrics.getAscent());
    g.dispose();
  }

  private static void shadowed(Graphics2D g, Font font, String text, int x, int baseline) {
    g.setFont(font);
    int offset = Math.max(1, font.getSize() / 12);
    g.setColor(new Color(0, 0, 0, 170));
    g.drawString(text, x + offset, baseline + offset);
    g.setColor(new Color(255, 255, 255, 235));
    g.drawString(text, x, baseline);
  }
}
