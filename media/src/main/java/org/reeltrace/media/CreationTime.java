package org.reeltrace.media;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Optional;

/** Parses the time strings containers carry in {@code creation_time}-like tags. */
final class CreationTime {
  /*
   * FFmpeg's mov demuxer renders the mvhd/mdhd times as ISO 8601 UTC with microseconds
   * ("2024-03-01T12:34:56.000000Z"); Apple's com.apple.quicktime.creationdate is ISO 8601 with a
   * local offset and no colon ("2019-08-12T14:03:22+0900"); Matroska DATE_UTC and some writers use a
   * space instead of the T and no zone (taken as UTC). An unset mvhd time reads as 1904-01-01 (the
   * QuickTime epoch) or 1970-01-01 (a zero Unix time): both mean "not set", not a capture date.
   */
  private static final DateTimeFormatter OFFSET = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .toFormatter();

  private static final Instant EARLIEST_REAL = Instant.parse("1971-01-01T00:00:00Z");

  private CreationTime() {}

  /**
   * The instant {@code text} names, or empty when it is unparseable or a placeholder; a problem line
   * naming {@code key} is added for either.
   */
  static Optional<Instant> parse(String text, String key, List<String> problems) {
    String trimmed = text == null ? "" : text.strip();
    Instant instant;
    try {
      var parsed = OFFSET.parseBest(trimmed, OffsetDateTime::from, LocalDateTime::from);
      instant = parsed instanceof OffsetDateTime odt ? odt.toInstant() : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      problems.add(key + ": not a date-time: '" + trimmed + "'");
      return Optional.empty();
    }
    if (instant.isBefore(EARLIEST_REAL)) {
      problems.add(key + ": placeholder time (unset clock): '" + trimmed + "'");
      return Optional.empty();
    }
    return Optional.of(instant);
  }
}
