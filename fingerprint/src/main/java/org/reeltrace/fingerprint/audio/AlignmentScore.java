package org.reeltrace.fingerprint.audio;

import java.util.Objects;

/**
 * The strongest alignment of a query clip against an index, accepted as a match or not: what the
 * acceptance rule of {@link LandmarkIndex#query} looks at.
 *
 * @param trackId        the track of the best alignment
 * @param speed          its playback speed, > 0
 * @param votes          landmarks agreeing on it, >= 2
 * @param runnerUpVotes  votes of the best alignment of any other track, 0..votes
 */
public record AlignmentScore(String trackId, double speed, int votes, int runnerUpVotes) {
  public AlignmentScore {
    Objects.requireNonNull(trackId, "trackId");
    if (!(speed > 0)) {
      throw new IllegalArgumentException("speed must be > 0, was " + speed);
    }
    if (votes < 2) {
      throw new IllegalArgumentException("votes must be >= 2, was " + votes);
    }
    if (runnerUpVotes < 0 || runnerUpVotes > votes) {
      throw new IllegalArgumentException(
          "runnerUpVotes must be 0.." + votes + ", was " + runnerUpVotes);
    }
  }
}
