package org.reeltrace.media;

/**
 * Settings of vPDQ hashing, mirroring the reference tool {@code vpdq-hash-video}.
 *
 * @param secondsPerHash  hash one frame every this many seconds: frames whose number is a multiple of
 *     {@code max(1, (int) (secondsPerHash × frameRate))}; 0 hashes every frame (the reference default)
 * @param downscaleWidth  scale frames to this width before hashing (area averaging), 0 to keep the size
 * @param downscaleHeight scale frames to this height before hashing, 0 to keep the size
 * @param luma            where the luma PDQ hashes comes from: {@link VpdqLuma#REFERENCE_RGB} matches the
 *     reference's hashes (nearly) bit for bit, {@link VpdqLuma#Y_PLANE} is faster and within a few bits,
 *     {@link VpdqLuma#FAST} is about 1.5× faster still (3 to 4× the reference luma) at the same agreement
 */
public record VpdqOptions(double secondsPerHash, int downscaleWidth, int downscaleHeight, VpdqLuma luma) {
  /** Every frame at its decoded size, luma as the reference computes it: {@code vpdq-hash-video}'s default. */
  public static final VpdqOptions DEFAULT = new VpdqOptions(0, 0, 0, VpdqLuma.REFERENCE_RGB);

  public VpdqOptions {
    java.util.Objects.requireNonNull(luma, "luma");
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
    return new VpdqOptions(secondsPerHash, side, side, luma);
  }

  /** These options hashing one frame every {@code seconds} seconds. */
  public VpdqOptions withSecondsPerHash(double seconds) {
    return new VpdqOptions(seconds, downscaleWidth, downscaleHeight, luma);
  }

  /** These options taking luma from {@code source}. */
  public VpdqOptions withLuma(VpdqLuma source) {
    return new VpdqOptions(secondsPerHash, downscaleWidth, downscaleHeight, source);
  }
}
