package org.reeltrace.media;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import javax.imageio.ImageIO;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Writes short test clips with a simulated camera over a real photo, optionally seen through a static
 * vehicle window, with container metadata tags: the fixture for {@link VehicleMotionMeter} and
 * {@link ContainerMetadata} tests and for the capture evaluation in {@code bench}.
 *
 * <p>Public (in the test jar) so {@code bench} can build its labelled corpus from the same code.
 */
public final class SyntheticClip {
  /** How the simulated camera moves over the photo. */
  public enum Camera {
    /** Tripod: the view never moves. */
    STILL,
    /** Steady horizontal slide at {@link Spec#panPxPerSecond()}, as from a moving vehicle. */
    PAN,
    /** Steady zoom into the centre (15 % per second of the view's size). */
    ZOOM,
    /** Hand-held: smooth random wobble of a few pixels in x and y, no drift. */
    JITTER
  }

  /** What stays still in front of the scene. */
  public enum Window {
    /** Nothing: the scene fills the picture. */
    NONE,
    /** A dark bus window frame all round with rounded corners. */
    FRAME,
    /** A dark pillar a third of the way across and a window sill along the bottom. */
    PILLAR,
    /** A seat back filling the lower left corner and a sill along the bottom. */
    SEAT
  }

  /**
   * One clip.
   *
   * @param panPxPerSecond pan speed in output pixels per second (negative: the scene moves right), for {@link Camera#PAN}
   * @param kbps           H.264 bit rate in kbit/s (lower: blockier)
   * @param formatTags     container-level metadata tags to write, e.g. creation_time, location
   */
  public record Spec(BufferedImage photo, Camera camera, double panPxPerSecond, Window window, double seconds,
      int width, int height, int fps, int kbps, long seed, Map<String, String> formatTags) {
    public Spec {
      Objects.requireNonNull(photo, "photo");
      Objects.requireNonNull(camera, "camera");
      Objects.requireNonNull(window, "window");
      formatTags = Map.copyOf(formatTags);
      if (kbps < 20) {
        throw new IllegalArgumentException("bit rate must be >= 20 kbit/s, was " + kbps);
      }
      if (width % 2 != 0 || height % 2 != 0 || width < 32 || height < 32) {
        throw new IllegalArgumentException("size must be even and >= 32, was " + width + "x" + height);
      }
    }

    /** A 4-second 320x180 clip at 15 frames/s, 400 kbit/s, no tags. */
    public static Spec of(BufferedImage photo, Camera camera, double panPxPerSecond, Window window) {
      return new Spec(photo, camera, panPxPerSecond, window, 4, 320, 180, 15, 400, 1, Map.of());
    }

    public Spec withTags(Map<String, String> tags) {
      return new Spec(photo, camera, panPxPerSecond, window, seconds, width, height, fps, kbps, seed, tags);
    }

    public Spec withSize(int newWidth, int newHeight, double newSeconds) {
      return new Spec(photo, camera, panPxPerSecond, window, newSeconds, newWidth, newHeight, fps, kbps, seed, formatTags);
    }

    public Spec withBitrate(int newKbps, long newSeed) {
      return new Spec(photo, camera, panPxPerSecond, window, seconds, width, height, fps, newKbps, newSeed, formatTags);
    }
  }

  private SyntheticClip() {}

  /** Reads a photo (JPEG or PNG) as RGB. */
  public static BufferedImage photo(Path file) {
    try {
      BufferedImage read = ImageIO.read(file.toFile());
      if (read == null) {
        throw new IllegalArgumentException(file + ": not an image ImageIO can read");
      }
      BufferedImage rgb = new BufferedImage(read.getWidth(), read.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = rgb.createGraphics();
      g.drawImage(read, 0, 0, null);
      g.dispose();
      return rgb;
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
  }

  /** Writes {@code spec} as an H.264 MP4 to {@code file} and returns the file. */
  public static Path write(Spec spec, Path file) {
    avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    BufferedImage scene = sceneFor(spec);
    int frames = (int) Math.round(spec.seconds() * spec.fps());
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), spec.width(), spec.height(), 0);
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
      recorder.setFormat("mp4");
      recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
      recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      recorder.setFrameRate(spec.fps());
      recorder.setGopSize(spec.fps() * 2);
      recorder.setVideoBitrate(spec.kbps() * 1000);
      recorder.setOption("movflags", "use_metadata_tags");
      recorder.setMetadata(new LinkedHashMap<>(spec.formatTags()));
      recorder.start();
      BufferedImage frame = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_3BYTE_BGR);
      Random random = new Random(spec.seed());
      double[] wobble = new double[4];
      for (int i = 0; i < frames; i++) {
        double t = (double) i / spec.fps();
        render(spec, scene, frame, t, wobble, random);
        recorder.record(converter.convert(frame));
      }
      recorder.stop();
      return file;
    } catch (org.bytedeco.javacv.FrameRecorder.Exception e) {
      throw new IllegalStateException(file + ": cannot write clip: " + e.getMessage(), e);
    }
  }

  /** The photo scaled so the view (height × 1.2) fits, and wide enough for the whole pan. */
  private static BufferedImage sceneFor(Spec spec) {
    double travel = Math.abs(spec.panPxPerSecond()) * spec.seconds();
    double neededWidth = spec.width() * 1.2 + travel;
    double scale = Math.max(spec.height() * 1.2 / spec.photo().getHeight(), neededWidth / spec.photo().getWidth());
    int w = (int) Math.ceil(spec.photo().getWidth() * scale);
    int h = (int) Math.ceil(spec.photo().getHeight() * scale);
    BufferedImage scene = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D g = scene.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.drawImage(spec.photo(), 0, 0, w, h, null);
    g.dispose();
    return scene;
  }

  private static void render(Spec spec, BufferedImage scene, BufferedImage frame, double t, double[] wobble, Random random) {
    int w = spec.width();
    int h = spec.height();
    double x0 = (scene.getWidth() - w) / 2.0;
    double y0 = (scene.getHeight() - h) / 2.0;
    double zoom = 1;
    double x = x0;
    double y = y0;
    switch (spec.camera()) {
      case STILL -> { }
      case PAN -> {
        double travel = spec.panPxPerSecond() * spec.seconds();
        x = x0 - travel / 2 + spec.panPxPerSecond() * t;
      }
      case ZOOM -> zoom = 1 + 0.15 * t;
      case JITTER -> {
        // smoothed random walk pulled back to the centre: a hand-held wobble of a few pixels
        for (int k = 0; k < 2; k++) {
          wobble[k + 2] = 0.7 * wobble[k + 2] + random.nextGaussian() * 1.6 - 0.15 * wobble[k];
          wobble[k] += wobble[k + 2];
        }
        x = x0 + wobble[0];
        y = y0 + wobble[1];
      }
      default -> throw new IllegalStateException("unknown camera " + spec.camera());
    }
    Graphics2D g = frame.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    AffineTransform view = new AffineTransform();
    view.translate(w / 2.0, h / 2.0);
    view.scale(zoom, zoom);
    view.translate(-(x + w / 2.0), -(y + h / 2.0));
    g.drawImage(scene, view, null);
    drawWindow(g, spec.window(), w, h);
    g.dispose();
  }

  private static void drawWindow(Graphics2D g, Window window, int w, int h) {
    Color body = new Color(28, 27, 30);
    Color seal = new Color(70, 68, 66);
    g.setComposite(AlphaComposite.SrcOver);
    switch (window) {
      case NONE -> { }
      case FRAME -> {
        Area frame = new Area(new Rectangle2D.Double(0, 0, w, h));
        RoundRectangle2D pane = new RoundRectangle2D.Double(w * 0.12, h * 0.14, w * 0.76, h * 0.66, w * 0.12, w * 0.12);
        frame.subtract(new Area(pane));
        g.setColor(body);
        g.fill(frame);
        g.setColor(seal);
        g.setStroke(new BasicStroke(Math.max(2f, w / 160f)));
        g.draw(pane);
      }
      case PILLAR -> {
        g.setColor(body);
        g.fill(new Rectangle2D.Double(w * 0.30, 0, w * 0.07, h));
        g.fill(new Rectangle2D.Double(0, h * 0.82, w, h * 0.18));
        g.setColor(seal);
        g.fill(new Rectangle2D.Double(0, h * 0.82, w, Math.max(2, h / 90.0)));
      }
      case SEAT -> {
        g.setColor(body);
        g.fill(new Rectangle2D.Double(0, h * 0.86, w, h * 0.14));
        g.setColor(new Color(52, 40, 38));
        g.fill(new RoundRectangle2D.Double(-w * 0.05, h * 0.45, w * 0.30, h * 0.7, w * 0.08, w * 0.08));
      }
      default -> throw new IllegalStateException("unknown window " + window);
    }
  }
}
