package org.reeltrace.fingerprint.align;

/**
 * One sampled frame of a video: its time, its 256-bit PDQ hash as four 64-bit words, and PDQ's
 * quality score.
 *
 * <p>The hash words are in PDQ's order ({@code w0} holds the first 64 bits of the 64-digit hex
 * form); any consistent order works for Hamming distances.
 *
 * @param seconds time of the frame from the start of the video, in seconds, {@code >= 0}
 * @param quality PDQ quality, 0 (flat, featureless) .. 100
 */
public record FrameHash(double seconds, long w0, long w1, long w2, long w3, int quality) {
  public FrameHash {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("frame time must be a finite number >= 0 s, was " + seconds);
    }
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0..100, was " + quality);
    }
  }

  /** The Hamming distance (0..256) between this frame's hash and the other's. */
  public int distance(FrameHash other) {
    return Long.bitCount(w0 ^ other.w0)
        + Long.bitCount(w1 ^ other.w1)
        + Long.bitCount(w2 ^ other.w2)
        + Long.bitCount(w3 ^ other.w3);
  }
}
