package org.reeltrace.media;

import java.util.Objects;

/**
 * One decoded video frame as an 8-bit luma (grey) plane, row-major, {@code width × height} samples
 * with no padding: sample (x, y) is {@code luma[y * width + x] & 0xff}.
 *
 * <p>The array belongs to this frame (the reader never reuses it); do not modify it.
 *
 * @param frameNumber      0-based index of the frame in presentation order; when sampling (and so
 *     skipping frames nobody needs), computed as {@code round(timestamp × fps)}
 * @param timestampSeconds presentation time from the start of the video stream
 * @param width            samples per row
 * @param height           rows
 * @param luma             the samples, full range 0..255 unless the reader was told to keep the stored range
 */
public record LumaFrame(long frameNumber, double timestampSeconds, int width, int height, byte[] luma) {
  public LumaFrame {
    Objects.requireNonNull(luma, "luma");
    if (frameNumber < 0) {
      throw new IllegalArgumentException("frame number must be >= 0, was " + frameNumber);
    }
    if (!Double.isFinite(timestampSeconds)) {
      throw new IllegalArgumentException("timestamp must be finite, was " + timestampSeconds);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("frame size must be positive, was " + width + "x" + height);
    }
    if (luma.length != width * height) {
      throw new IllegalArgumentException(
          "luma must have " + width + "x" + height + " = " + width * height + " samples, had " + luma.length);
    }
  }

  /** The sample at column {@code x}, row {@code y}, 0..255. */
  public int at(int x, int y) {
    return luma[y * width + x] & 0xff;
  }
}
