package org.reeltrace.app;

import java.nio.file.Path;
import org.reeltrace.media.FrameFingerprinter;
import org.reeltrace.media.FrameSampling;
import org.reeltrace.media.UnreadableMediaException;

/** Fingerprints video files for copy matching: frames sampled at a fixed rate, hashed with PDQ. */
final class VideoFingerprinting {
  /** The default sampling rate: one frame per second. */
  static final double DEFAULT_FPS = 1.0;

  private final double framesPerSecond;
  private final FrameFingerprinter fingerprinter;

  VideoFingerprinting(double framesPerSecond) {
    if (!(framesPerSecond > 0) || framesPerSecond > 120) {
      throw new IllegalArgumentException("frames per second must be in (0, 120], was " + framesPerSecond);
    }
    this.framesPerSecond = framesPerSecond;
    this.fingerprinter =
        new FrameFingerprinter(FrameSampling.perSecond(framesPerSecond), FrameFingerprinter.DEFAULT_MIN_QUALITY);
  }

  /**
   * The fingerprint of {@code video}.
   *
   * @param knownDuration the duration the container declares, or 0 when unknown
   */
  FrameHashes fingerprint(Path video, double knownDuration) throws UnreadableMediaException {
    return FrameHashes.of(fingerprinter.fingerprint(video), knownDuration, framesPerSecond);
  }
}
