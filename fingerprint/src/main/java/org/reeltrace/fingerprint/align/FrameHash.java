package org.reeltrace.fingerprint.align;

import java.util.Objects;
import org.reeltrace.fingerprint.PdqHash;

/**
 * One sampled frame of a video: its time, its PDQ hash and PDQ's quality score.
 *
 * @param seconds time of the frame from the start of the video, in seconds, {@code >= 0}
 * @param hash    the frame's 256-bit PDQ hash
 * @param quality PDQ quality, 0 (flat, featureless) .. 100
 */
public record FrameHash(double seconds, PdqHash hash, int quality) {
  public FrameHash {
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("frame time must be a finite number >= 0 s, was " + seconds);
    }
    Objects.requireNonNull(hash, "hash");
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0..100, was " + quality);
    }
  }

  /** The Hamming distance (0..256) between this frame's hash and the other's. */
  public int distance(FrameHash other) {
    return hash.distance(other.hash);
  }
}
