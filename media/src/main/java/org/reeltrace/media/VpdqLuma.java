package org.reeltrace.media;

/** Where {@link VpdqHasher} takes the luma it hashes from. */
public enum VpdqLuma {
  /**
   * As the reference vPDQ: each frame converted (and resized) to RGB24 by swscale, then PDQ's luma
   * {@code 0.299 R + 0.587 G + 0.114 B}. Reproduces the reference's published sample hashes: identical
   * for the 128×128 files, a mean of 0.04 differing bits (at most 2) at full size.
   */
  REFERENCE_RGB,
  /**
   * The decoder's Y plane mapped to full range (and area-averaged when resizing): no colour conversion,
   * so faster, and the same luma up to rounding; differs from the reference by about 1 bit per frame at
   * full size and 2 to 4.5 bits at 128×128 (more on near-black frames, whose hashes are noise).
   */
  Y_PLANE,
  /**
   * The decoder's Y plane, area-averaged by swscale to at most 256 pixels on the longer side (or to the
   * requested downscale size), then mapped to full range: the fastest mode. PDQ blurs and decimates to
   * 64×64 anyway, so the hash changes little.
   */
  FAST
}
