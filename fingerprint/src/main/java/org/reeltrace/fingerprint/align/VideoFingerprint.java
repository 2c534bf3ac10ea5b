package org.reeltrace.fingerprint.align;

import java.util.List;
import java.util.Objects;

/**
 * The frame-hash sequence of one video.
 *
 * @param videoId         the caller's identifier of the video (e.g. a media file's SHA-256)
 * @param durationSeconds the video's duration in seconds, {@code >= 0}; when 0 it is taken as the
 *                        last frame's time plus one sample interval
 * @param framesPerSecond the sampling rate the frames were taken at (1.0 for vPDQ's default of one
 *                        frame per second); its inverse is the sample interval
 * @param frames          the sampled frames in non-decreasing time order
 */
public record VideoFingerprint(
    String videoId, double durationSeconds, double framesPerSecond, List<FrameHash> frames) {
  public VideoFingerprint {
    Objects.requireNonNull(videoId, "videoId");
    if (!(durationSeconds >= 0) || Double.isInfinite(durationSeconds)) {
      throw new IllegalArgumentException(
          "duration of " + videoId + " must be a finite number >= 0 s, was " + durationSeconds);
    }
    if (!(framesPerSecond > 0) || Double.isInfinite(framesPerSecond)) {
      throw new IllegalArgumentException(
          "frames per second of " + videoId + " must be a finite number > 0, was " + framesPerSecond);
    }
    frames = List.copyOf(frames);
    for (int i = 1; i < frames.size(); i++) {
      if (frames.get(i).seconds() < frames.get(i - 1).seconds()) {
        throw new IllegalArgumentException("frames of " + videoId + " must be in time order, frame "
            + i + " at " + frames.get(i).seconds() + " s follows " + frames.get(i - 1).seconds() + " s");
      }
    }
  }

  /** The time between two samples, {@code 1 / framesPerSecond}. */
  public double sampleInterval() {
    return 1.0 / framesPerSecond;
  }

  /** The duration, or when it is unknown (0) the last frame's time plus one sample interval. */
  public double effectiveDuration() {
    if (durationSeconds > 0 || frames.isEmpty()) {
      return durationSeconds;
    }
    return frames.get(frames.size() - 1).seconds() + sampleInterval();
  }
}
