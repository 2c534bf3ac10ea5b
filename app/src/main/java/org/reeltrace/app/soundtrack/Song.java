package org.reeltrace.app.soundtrack;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One song of a {@link SongCatalog}.
 *
 * @param sha256           the SHA-256 of the audio file's bytes, 64 lower-case hex digits; it
 *                         identifies the song, so the same file is never catalogued twice
 * @param fileName         the name of the file it was read from (no folder)
 * @param durationSeconds  length of the decoded audio, >= 0
 * @param tags             title, artist, origin and the rest
 */
public record Song(String sha256, String fileName, double durationSeconds, SongTags tags) {
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public Song {
    Objects.requireNonNull(sha256, "sha256");
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lower-case hex digits, was " + sha256);
    }
    Objects.requireNonNull(fileName, "fileName");
    if (!(durationSeconds >= 0)) {
      throw new IllegalArgumentException("durationSeconds must be >= 0, was " + durationSeconds);
    }
    Objects.requireNonNull(tags, "tags");
  }

  public String title() {
    return tags.title();
  }

  public String artist() {
    return tags.artist();
  }

  /** ISO 3166-1 alpha-2 country of origin. */
  public String origin() {
    return tags.origin();
  }
}
