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
   * The fastest mode: the decoder's Y plane (no colour conversion), mapped to full range, hashed with
   * PDQ's blur evaluated only at the 64×64 points PDQ samples
   * ({@code PdqHasher.hashLumaSampled}: the same filter, about one multiply-add per pixel instead of
   * four box passes, not bit-exact); with a downscale size, the Y plane is resized by swscale (Lanczos,
   * as the reference) read as grey, so chroma is never touched.
   *
   * <p>Speed (one thread, CPU seconds per video-second, measured with the media module's
   * {@code MediaThroughput}): 0.057 to 0.061 SD 480×720 and 0.17 to 0.20 HD 720×1280, against 0.04 to
   * 0.05 and 0.12 to 0.13 to decode alone, 0.21/0.48 to 0.55 for {@link #REFERENCE_RGB} and 0.16 to
   * 0.18/0.44 to 0.53 for the C++ {@code vpdq-hash-video}.
   *
   * <p>Agreement with the reference sample hashes (27 files with a local video): same frames, numbers
   * and timestamps everywhere. Full size: mean 0.25 to 1.37 bits per frame, at most 6, on 13 of 14 files;
   * {@code doorknob-hd-no-bar} (a fade to black, whose quality-0 frames hash noise) has mean 11.7, max
   * 46 over all frames, 3.7 and 12 over frames of quality ≥ 50 (the frames vPDQ matching uses).
   * 128×128: mean 0.56 to 1.25 bits, at most 8, on 12 of 13 files; {@code doorknob} 3.6 (max 14) over
   * quality ≥ 50, 12.2 (max 44) over all. Same results as {@link #Y_PLANE} at full size.
   */
  FAST
}
