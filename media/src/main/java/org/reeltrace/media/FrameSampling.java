package org.reeltrace.media;

/**
 * Which decoded frames a {@link FrameReader} hands out: every frame, or about {@code framesPerSecond}
 * frames per second of video.
 *
 * <p>Sampling is by timestamp, not by frame count, so it stays right for variable-frame-rate video
 * (phone recordings): the reader keeps the first frame at or after each multiple of
 * {@code 1 / framesPerSecond} seconds.
 *
 * @param framesPerSecond frames to keep per second of video, {@code > 0}; positive infinity means every frame
 */
public record FrameSampling(double framesPerSecond) {
  /** Every decoded frame, as vPDQ hashes by default. */
  public static final FrameSampling EVERY_FRAME = new FrameSampling(Double.POSITIVE_INFINITY);

  /** One frame per second, the default for fingerprinting. */
  public static final FrameSampling ONE_PER_SECOND = new FrameSampling(1);

  public FrameSampling {
    if (!(framesPerSecond > 0)) {
      throw new IllegalArgumentException("frames per second must be > 0, was " + framesPerSecond);
    }
  }

  /** About {@code framesPerSecond} frames per second of video. */
  public static FrameSampling perSecond(double framesPerSecond) {
    return new FrameSampling(framesPerSecond);
  }

  /** True when every frame is kept. */
  public boolean everyFrame() {
    return Double.isInfinite(framesPerSecond);
  }

  /**
   * The sampling instant after the one a frame at {@code timestampSeconds} was kept for: the next multiple
   * of {@code 1 / framesPerSecond}. The first frame at or after it (within a microsecond) is kept next.
   */
  public double nextInstantAfter(double timestampSeconds) {
    return (Math.floor(timestampSeconds * framesPerSecond + 1e-6) + 1) / framesPerSecond;
  }
}
