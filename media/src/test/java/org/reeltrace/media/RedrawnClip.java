package org.reeltrace.media;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.bytedeco.javacv.FrameRecorder;
import org.bytedeco.javacv.Java2DFrameConverter;

/** Re-encodes a video with each of its pictures redrawn into a frame of a given size: the test clips' copies. */
final class RedrawnClip {
  private RedrawnClip() {}

  /**
   * Writes every picture of {@code source}, redrawn by {@code redraw} into a {@code width} × {@code height}
   * picture, to {@code out} (H.264, 25 frames/s).
   *
   * @return {@code out}
   */
  static Path write(Path source, Path out, int width, int height, UnaryOperator<BufferedImage> redraw) {
    Java2DFrameConverter fromFrame = new Java2DFrameConverter();
    Java2DFrameConverter toFrame = new Java2DFrameConverter();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(source.toFile());
        FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(out.toFile(), width, height, 0)) {
      recorder.setFormat("mp4");
      recorder.setVideoCodec(avcodec.AV_CODEC_ID_H264);
      recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
      recorder.setFrameRate(25);
      recorder.setVideoOption("crf", "26");
      recorder.setVideoOption("preset", "veryfast");
      grabber.start();
      recorder.start();
      Frame frame;
      while ((frame = grabber.grabImage()) != null) {
        recorder.record(toFrame.convert(redraw.apply(fromFrame.convert(frame))));
      }
      recorder.stop();
      grabber.stop();
    } catch (FrameGrabber.Exception | FrameRecorder.Exception e) {
      throw new IllegalStateException(source + " -> " + out + ": cannot re-encode: " + e.getMessage(), e);
    }
    return out;
  }
}
