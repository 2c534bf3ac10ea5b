package org.reeltrace.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.reeltrace.app.soundtrack.SongTags;

/**
 * A CSV manifest of songs to catalog, UTF-8, one song per line:
 * {@code path,title,artist,origin_country,release_year,label} (the last two may be empty). A first
 * line starting with {@code path,} is a header. Paths are relative to the manifest's folder.
 * Fields may be double-quoted, with {@code ""} for a quote inside (RFC 4180, one line per record).
 */
final class CatalogManifest {
  static final List<String> COLUMNS =
      List.of("path", "title", "artist", "origin_country", "release_year", "label");

  /** One good line of the manifest. */
  record Row(String where, Path file, SongTags tags) {}

  private CatalogManifest() {}

  /**
   * The good rows of {@code manifest}; each bad line is passed to {@code errors} as
   * {@code FILE:LINE: problem}.
   */
  static List<Row> read(Path manifest, Consumer<String> errors) throws IOException {
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    Path base = manifest.toAbsolutePath().getParent();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = manifest + ":" + (i + 1);
      if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.isBlank() || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("path,"))) {
        continue;
      }
      try {
        List<String> f = fields(line);
        if (f.size() < 4 || f.size() > COLUMNS.size()) {
          throw new IllegalArgumentException("expected " + COLUMNS.size() + " columns ("
              + String.join(",", COLUMNS) + "), found " + f.size());
        }
        while (f.size() < COLUMNS.size()) {
          f.add("");
        }
        if (f.get(0).isBlank()) {
          throw new IllegalArgumentException("path is empty");
        }
        SongTags tags = SongTags.of(f.get(1), f.get(2), f.get(3), f.get(5), f.get(4));
        rows.add(new Row(where, base.resolve(f.get(0).strip()), tags));
      } catch (IllegalArgumentException e) {
        errors.accept(where + ": " + e.getMessage());
      }
    }
    return rows;
  }

  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (true) {
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new IllegalArgumentException("unterminated quoted field");
          }
          char c = line.charAt(i++);
          if (c == '"') {
            if (i < line.length() && line.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(c);
          }
        }
        if (i < line.length() && line.charAt(i) != ',') {
          throw new IllegalArgumentException("text after a closing quote at column " + (i + 1));
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          field.append(line.charAt(i++));
        }
      }
      out.add(field.toString());
      field.setLength(0);
      if (i >= line.length()) {
        return out;
      }
      i++; // the comma
    }
  }
}
