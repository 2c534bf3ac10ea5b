package org.reeltrace.app.soundtrack;

import java.util.Objects;

/**
 * A catalogued song heard in a media file. Times are in seconds, accurate to about 32 ms.
 *
 * @param song        the catalogued song
 * @param clipStart   where the song starts to be heard in the media file, >= 0
 * @param clipEnd     where it stops, >= clipStart
 * @param songStart   the position in the song heard at {@code clipStart}, >= 0
 * @param songEnd     the position in the song heard at {@code clipEnd}, >= songStart
 * @param speed       playback speed of the clip relative to the song (1.03 = 3 % faster), > 0
 * @param votes       landmarks agreeing on the alignment, >= 1
 * @param confidence  0..1; how far the alignment stands above the best chance alignment
 */
public record IdentifiedSong(
    Song song,
    double clipStart,
    double clipEnd,
    double songStart,
    double songEnd,
    double speed,
    int votes,
    double confidence) {
  public IdentifiedSong {
    Objects.requireNonNull(song, "song");
    if (!(clipStart >= 0 && clipEnd >= clipStart)) {
      throw new IllegalArgumentException(
          "clip span must satisfy 0 <= start <= end, was " + clipStart + ".." + clipEnd);
    }
    if (!(songStart >= 0 && songEnd >= songStart)) {
      throw new IllegalArgumentException(
          "song span must satisfy 0 <= start <= end, was " + songStart + ".." + songEnd);
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
