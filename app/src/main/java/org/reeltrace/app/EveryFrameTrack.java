package org.reeltrace.app;

import java.util.List;
import org.reeltrace.fingerprint.align.FrameHash;
import org.reeltrace.fingerprint.align.VideoFingerprint;

/**
 * The whole pictures of (nearly) every frame of a video, up to {@link VideoFingerprinting#EVERY_FRAME_FPS}
 * a second, their original PDQ hashes only: the reference side of {@link CopyIndex}'s every-frame pass.
 * The sampled pictures lie up to half a sample apart from a copy's whose cut did not fall on the sampling
 * grid, and on fast footage a tenth of a second moves PDQ by tens of bits: a thinned query sample needs the
 * reference frame of its own phase.
 *
 * @param framesPerSecond the rate of the frames (the video's own, or the cap when it is faster)
 * @param frames          the frames in time order, low-quality ones left out
 */
record EveryFrameTrack(double framesPerSecond, List<FrameHash> frames) {
  /** No frames: videos fingerprinted without this track. */
  static final EveryFrameTrack EMPTY = new EveryFrameTrack(1, List.of());

  EveryFrameTrack {
    frames = List.copyOf(frames);
    if (!(framesPerSecond > 0) || Double.isInfinite(framesPerSecond)) {
      throw new IllegalArgumentException("frames per second must be a number > 0, was " + framesPerSecond);
    }
  }

  int size() {
    return frames.size();
  }

  /** These frames as the reference side of an alignment. */
  VideoFingerprint asReference(String id, double durationSeconds) {
    return new VideoFingerprint(id, durationSeconds, framesPerSecond, frames);
  }
}
