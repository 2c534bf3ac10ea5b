package org.reeltrace.media;

import java.util.Objects;
import org.reeltrace.fingerprint.PdqDihedral;

/**
 * The PDQ hashes of one sampled video frame, bars removed.
 *
 * @param frameNumber      0-based frame number (estimated from the timestamp when B-frames are skipped)
 * @param timestampSeconds presentation time from the start of the video stream
 * @param hashes           the frame's hash, its seven rotations and mirror images, and its quality
 */
public record FrameFingerprint(long frameNumber, double timestampSeconds, PdqDihedral hashes) {
  public FrameFingerprint {
    Objects.requireNonNull(hashes, "hashes");
    if (frameNumber < 0) {
      throw new IllegalArgumentException("frame number must be >= 0, was " + frameNumber);
    }
    if (!(timestampSeconds >= 0) || Double.isInfinite(timestampSeconds)) {
      throw new IllegalArgumentException("timestamp must be a finite number >= 0, was " + timestampSeconds);
    }
  }

  /** PDQ quality of the frame, 0..100. */
  public int quality() {
    return hashes.quality();
  }
}
