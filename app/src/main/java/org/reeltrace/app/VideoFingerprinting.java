package org.reeltrace.app;

import java.nio.file.Path;
import org.reeltrace.media.FrameFingerprinter;
import org.reeltrace.media.FrameSampling;
import org.reeltrace.media.PictureWindow;
import org.reeltrace.media.SampledVideo;
import org.reeltrace.media.UnreadableMediaException;

/** Fingerprints video files for copy matching: frames sampled at a fixed rate, hashed with PDQ. */
final class VideoFingerprinting {
  /**
   * The sampling rate of stored fingerprints: five frames per second. A copy trimmed at another phase
   * of the one-second grid shows frames up to half a sample away from the original's; on moving footage
   * that costs matches. The copy-detection evaluation (docs/benchmarks.md) measured recall 0.44 with
   * sources stored at 1 frame/s, 0.58 at 5/s, 0.62 at 30/s; the aligner thins queries to 4/s anyway.
   */
  static final double DEFAULT_FPS = 5.0;

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

  /** The sampled pictures of {@code video}, for hashing whole or in windows. */
  SampledVideo sample(Path video) throws UnreadableMediaException {
    return fingerprinter.sample(video);
  }

  /** The fingerprint of {@code window} of every sampled picture (the whole picture: {@link PictureWindow#WHOLE}). */
  FrameHashes fingerprint(SampledVideo video, PictureWindow window) {
    return FrameHashes.of(fingerprinter.fingerprint(video, window), 0, framesPerSecond);
  }
}
