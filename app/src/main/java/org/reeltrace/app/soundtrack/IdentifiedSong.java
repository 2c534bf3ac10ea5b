package org.reeltrace.app.soundtrack;

import java.util.Objects;
import org.reeltrace.fingerprint.audio.SoundtrackMatch;

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
    // The same spans, speed, votes and confidence a landmark match has: its checks apply.
    new SoundtrackMatch(song.sha256(), clipStart, clipEnd, songStart, songEnd, speed, votes, confidence);
  }

}
