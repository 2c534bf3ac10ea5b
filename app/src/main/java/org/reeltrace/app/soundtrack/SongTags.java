package org.reeltrace.app.soundtrack;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a catalog says about a song: who made it and, above all, where it comes from.
 *
 * @param title   the song title, not blank
 * @param artist  the performer or composer, not blank
 * @param origin  the country of origin as an upper-case ISO 3166-1 alpha-2 code ("KR", "CN")
 * @param label   the record label, when known (not blank when present)
 * @param year    the release year, when known (1000..9999)
 */
public record SongTags(
    String title, String artist, String origin, Optional<String> label, OptionalInt year) {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  public SongTags {
    requireText("title", title);
    requireText("artist", artist);
    Objects.requireNonNull(origin, "origin");
    if (!COUNTRIES.contains(origin)) {
      throw new IllegalArgumentException(
          "origin must be an ISO 3166-1 alpha-2 country code such as KR or CN, was '" + origin + "'");
    }
    Objects.requireNonNull(label, "label");
    label.ifPresent(l -> requireText("label", l));
    Objects.requireNonNull(year, "year");
    if (year.isPresent() && (year.getAsInt() < 1000 || year.getAsInt() > 9999)) {
      throw new IllegalArgumentException("year must be 1000..9999, was " + year.getAsInt());
    }
  }

  /**
   * Tags from loosely typed input: the origin is upper-cased, an empty label or year means
   * unknown.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public static SongTags of(String title, String artist, String origin, String label, String year) {
    OptionalInt y = OptionalInt.empty();
    if (year != null && !year.isBlank()) {
      try {
        y = OptionalInt.of(Integer.parseInt(year.strip()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("year must be a number, was '" + year + "'");
      }
    }
    return new SongTags(
        title == null ? null : title.strip(),
        artist == null ? null : artist.strip(),
        origin == null ? null : origin.strip().toUpperCase(Locale.ROOT),
        label == null || label.isBlank() ? Optional.empty() : Optional.of(label.strip()),
        y);
  }

  private static void requireText(String name, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, was '" + value + "'");
    }
  }
}
