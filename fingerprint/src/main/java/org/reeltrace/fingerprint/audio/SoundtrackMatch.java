package org.reeltrace.fingerprint.audio;

import java.util.Objects;

/**
 * One indexed track identified in a query clip. Times are in seconds and refer to the anchors of
 * the first and last matching landmarks, so they are accurate to about one frame (32 ms).
 *
 * @param trackId          the id the track was indexed under
 * @param clipStart        where the matching part starts in the query clip
 * @param clipEnd          where it ends in the query clip, >= clipStart
 * @param trackStart       where the matching part starts in the track
 * @param trackEnd         where it ends in the track, >= trackStart
 * @param speed            query playback speed relative to the track (1.03 = 3 % faster), > 0
 * @param votes            landmarks agreeing on the time offset, >= 1
 * @param confidence       1 − background/votes, where background is the best vote count of a
 *                         track that is not matched; 0..1
 */
public record SoundtrackMatch(
    String trackId,
    double clipStart,
    double clipEnd,
    double trackStart,
    double trackEnd,
    double speed,
    int votes,
    double confidence) {
  public SoundtrackMatch {
    Objects.requireNonNull(trackId, "trackId");
    if (!(clipStart >= 0 && clipEnd >= clipStart)) {
      throw new IllegalArgumentException(
          "clip span must satisfy 0 <= start <= end, was " + clipStart + ".." + clipEnd);
    }
    if (!(trackStart >= 0 && trackEnd >= trackStart)) {
      throw new IllegalArgumentException(
          "track span must satisfy 0 <= start <= end, was " + trackStart + ".." + trackEnd);
    }
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be > 0, was " + speed);
    }
    if (votes < 1) {
      throw new IllegalArgumentException("votes must be >= 1, was " + votes);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0..1, was " + confidence);
    }
  }
}
