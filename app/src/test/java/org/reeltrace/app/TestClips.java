package org.reeltrace.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.DoubleSupplier;
import java.util.function.IntFunction;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** What the synthetic test clips ({@link SkyClip}, {@link PanningClip}) share: H.264 writing and blob textures. */
final class TestClips {
  private TestClips() {}

  /** Writes {@code frames} pictures (made by {@code picture} from the frame number) as an H.264 MP4. */
  static Path write(Path file, int width, int height, int framesPerSecond, int bitrate, int frames,
      IntFunction<BufferedImage> picture) throws Exception {
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0);
        Java2DFrameConverter converter = new Java2DFrameConverter()) {
      recorder.setFormat("mp4");
      recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
      recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      recorder.setFrameRate(framesPerSecond);
      recorder.setVideoBitrate(bitrate);
      recorder.start();
      for (int f = 0; f < frames; f++) {
        recorder.record(converter.convert(picture.apply(f)));
      }
      recorder.stop();
    }
    return file;
  }

  /**
   * Adds {@code count} soft round blobs to {@code field} (rows of grey levels), each at a random place,
   * of {@code radius} and light or dark by {@code strength}, and returns the field clamped to 0..255.
   */
  static int[][] blobs(double[][] field, Random random, int count, DoubleSupplier radius, DoubleSupplier strength) {
    int height = field.length;
    int width = field[0].length;
    for (int k = 0; k < count; k++) {
      double cx = random.nextDouble() * width;
      double cy = random.nextDouble() * height;
      double r = radius.getAsDouble();
      double s = (random.nextBoolean() ? 1 : -1) * strength.getAsDouble();
      for (int y = (int) Math.max(0, cy - 3 * r); y < Math.min(height, cy + 3 * r); y++) {
        for (int x = (int) Math.max(0, cx - 3 * r); x < Math.min(width, cx + 3 * r); x++) {
          field[y][x] += s * Math.exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2 * r * r));
        }
      }
    }
    int[][] grey = new int[height][width];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        grey[y][x] = (int) Math.max(0, Math.min(255, field[y][x]));
      }
    }
    return grey;
  }
}
