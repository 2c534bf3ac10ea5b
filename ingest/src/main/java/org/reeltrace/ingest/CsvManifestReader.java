package org.reeltrace.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.reeltrace.core.ArchiveFormat;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Music;
import org.reeltrace.core.Post;
import org.reeltrace.core.PostKey;

/**
 * Reads a plain CSV manifest (RFC 4180 quoting) whose header names at least {@code platform},
 * {@code post_id} and {@code channel}, and optionally {@code posted_at}, {@code caption},
 * {@code video_path}, {@code title} and {@code url}, in any order and any letter case; other columns
 * are ignored.
 *
 * <p>{@code posted_at} takes an ISO-8601 instant or offset date-time, a local date-time or date
 * (read as UTC), or Unix seconds; empty means unknown. {@code video_path} is relative to the CSV's
 * folder (absolute paths are kept); empty means no video, and a named file that does not exist makes
 * the row an error. The manifest carries no collection time, so the file's modification time stands
 * for it.
 */
final class CsvManifestReader {
  private static final List<String> REQUIRED = List.of("platform", "post_id", "channel");
  /** Platforms whose channel column holds the handle (see {@link ChannelKey}). */
  private static final Set<String> HANDLE_KEYED = Set.of("tiktok", "douyin", "instagram");
  private static final Pattern EPOCH = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private CsvManifestReader() {}

  static void read(String text, ArchiveFile file) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    int[] lineStarts = lineStarts(text);
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      Iterator<CSVRecord> rows = parser.iterator();
      if (!rows.hasNext()) {
        file.error(0, "unknown format: empty CSV file, expected a header with " + String.join(",", REQUIRED));
        return;
      }
      Map<String, Integer> columns = columns(rows.next());
      List<String> missing = new ArrayList<>();
      for (String c : REQUIRED) {
        if (!columns.containsKey(c)) {
          missing.add(c);
        }
      }
      if (!missing.isEmpty()) {
        file.error(0, "unknown format: CSV header lacks column(s) " + String.join(", ", missing)
            + " (a manifest needs platform,post_id,channel)");
        return;
      }
      while (true) {
        CSVRecord row;
        try {
          if (!rows.hasNext()) {
            break;
          }
          row = rows.next();
        } catch (UncheckedIOException e) {
          file.error((int) parser.getCurrentLineNumber(), "malformed CSV: " + e.getCause().getMessage());
          return;
        }
        int line = lineOf(lineStarts, row.getCharacterPosition());
        try {
          file.sink().post(row(new Row(row, columns), file, line));
        } catch (BadItem | IllegalArgumentException e) {
          file.error(line, e.getMessage());
        }
      }
    } catch (IOException | UncheckedIOException e) {
      file.error(0, "malformed CSV: " + e.getMessage());
    }
  }

  private static ArchivedPost row(Row row, ArchiveFile file, int line) throws BadItem {
    String platform = row.required("platform", "platform");
    String postId = row.required("post_id", "post id");
    String channel = row.required("channel", "channel");
    ChannelKey channelKey = new ChannelKey(platform, channel);
    String caption = row.get("caption");
    String handle = channel.startsWith("@") ? channel.substring(1)
        : HANDLE_KEYED.contains(channelKey.platform()) ? channel : null;
    Post post = new Post(
        new PostKey(platform, postId),
        channelKey,
        postedAt(row.get("posted_at")),
        row.get("title"),
        caption,
        null,
        row.get("url"),
        Music.NONE,
        Hashtags.in(caption),
        null,
        null);
    return new ArchivedPost(
        new Channel(channelKey, handle, null, null),
        null,
        post,
        null,
        file.modified(),
        video(row.get("video_path"), file),
        file.at(line),
        ArchiveFormat.CSV_MANIFEST);
  }

  /** Parses {@code posted_at}; null when empty. */
  static Instant postedAt(String value) throws BadItem {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    try {
      if (EPOCH.matcher(s).matches()) {
        return Instant.ofEpochMilli(new BigDecimal(s).movePointRight(3).setScale(0, RoundingMode.FLOOR).longValueExact());
      }
      String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + "T" + s.substring(11) : s;
      if (t.length() == 10) {
        return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e) {
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new BadItem("column \"posted_at\" must be an ISO-8601 date or time or Unix seconds, was \""
          + s + "\"");
    }
  }

  private static Optional<Path> video(String value, ArchiveFile file) throws BadItem {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Path video;
    try {
      Path folder = file.path().getParent();
      video = folder == null ? Path.of(value.strip()) : folder.resolve(value.strip());
    } catch (InvalidPathException e) {
      throw new BadItem("video path is not a valid path: \"" + value + "\"");
    }
    if (!Files.isRegularFile(video)) {
      throw new BadItem("video file not found: " + video);
    }
    return Optional.of(video);
  }

  private static Map<String, Integer> columns(CSVRecord header) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
    }
    return columns;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, n);
  }

  /** The 1-based line holding character {@code position}. */
  private static int lineOf(int[] lineStarts, long position) {
    int i = Arrays.binarySearch(lineStarts, (int) position);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  /** One data row, read by column name. */
  private record Row(CSVRecord record, Map<String, Integer> columns) {
    /** The stripped value of {@code column}, or null when the column or value is absent or blank. */
    String get(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= record.size()) {
        return null;
      }
      String v = record.get(i).strip();
      return v.isEmpty() ? null : v;
    }

    String required(String column, String what) throws BadItem {
      String v = get(column);
      if (v == null) {
        throw new BadItem("missing " + what + " (column \"" + column + "\")");
      }
      return v;
    }
  }
}
