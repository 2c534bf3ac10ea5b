package org.reeltrace.media;

/**
 * Settings of vPDQ hashing, mirroring the reference tool {@code vpdq-hash-video}.
 *
 * @param secondsPerHash  hash one frame every this many seconds: frames whose number is a multiple of
 *     {@code max(1, (int) (secondsPerHash × frameRate))}; 0 hashes every frame (the reference default)
 * @param downscaleWidth  scale frames to this width before hashing (area averaging), 0 to keep the size
 * @param downscaleHeight scale frames to this height before hashing, 0 to keep the size
 */
public record VpdqOptions(double secondsPerHash, int downscaleWidth, int downscaleHeight) {
  /** Every frame at its decoded size, as {@code vpdq-hash-video} does by default. */
  public static final VpdqOptions DEFAULT = new VpdqOptions(0, 0, 0);

  public VpdqOptions {
    if (!(secondsPerHash >= 0) || Double.isInfinite(secondsPerHash)) {
      throw new IllegalArgumentException("seconds per hash must be a finite number >= 0, was " + secondsPerHash);
    }
    if (downscaleWidth < 0 || downscaleHeight < 0) {
      throw new IllegalArgumentException(
          "downscale size must be >= 0 (0 = keep), was " + downscaleWidth + "x" + downscaleHeight);
    }
  }

  /** These options with frames scaled to {@code side × side} first, like the reference's {@code --downscale side}. */
  public VpdqOptions withDownscale(int side) {
    return new VpdqOptions(secondsPerHash, side, side);
  }

  /** These options hashing one frame every {@code seconds} seconds. */
  public VpdqOptions withSecondsPerHash(double seconds) {
    return new VpdqOptions(seconds, downscaleWidth, downscaleHeight);
  }
}
