package org.reeltrace.app;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/**
 * Writes real H.264 test clips of fast footage: a fine texture (wood grain, fabric) panning
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
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), WIDTH, HEIGHT, 0);
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
      recorder.setFormat("mp4");
      recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
      recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      recorder.setFrameRate(FPS);
      recorder.setVideoBitrate(2_000_000);
      recorder.start();
      for (int f = firstFrame; f < firstFrame + frames; f++) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < HEIGHT; y++) {
          for (int x = 0; x < WIDTH; x++) {
            int grey = texture[y][x + PIXELS_PER_FRAME * f];
            image.setRGB(x, y, new Color(grey, grey, grey).getRGB());
          }
        }
        recorder.record(converter.convert(image));
      }
      recorder.stop();
    }
    return file;
  }

  /** Streaks of many widths and shades across the pan, like wood grain: grey levels of a {@code width × height} texture. */
  private static int[][] texture(int seed, int width, int height) {
    java.util.Random random = new java.util.Random(seed);
    double[][] v = new double[height][width];
    for (int k = 0; k < 200; k++) {
      double cx = random.nextDouble() * width;
      double cy = random.nextDouble() * height;
      double r = 6 + 20 * random.nextDouble();
      double strength = (random.nextBoolean() ? 1 : -1) * (20 + 40 * random.nextDouble());
      for (int y = (int) Math.max(0, cy - 3 * r); y < Math.min(height, cy + 3 * r); y++) {
        for (int x = (int) Math.max(0, cx - 3 * r); x < Math.min(width, cx + 3 * r); x++) {
          v[y][x] += strength * Math.exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2 * r * r));
        }
      }
    }
    int[][] grey = new int[height][width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        grey[y][x] = (int) Math.max(0, Math.min(255, 120 + v[y][x]));
      }
    }
    return grey;
  }
}
