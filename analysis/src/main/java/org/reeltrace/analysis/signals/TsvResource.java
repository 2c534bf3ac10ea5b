package org.reeltrace.analysis.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A tab-separated table shipped as a class-path resource: {@code #} comment lines, one header line
 * that must equal the expected one, then rows with exactly that many columns. Rows are turned into
 * values by a parser; any error names the resource and line.
 */
final class TsvResource {
  private TsvResource() {}

  /** One data row: its cells and its 1-based line number. */
  record Row(List<String> cells, int line) {
    String cell(int index) {
      return cells.get(index);
    }
  }

  static <T> List<T> read(String resource, String header, Function<Row, T> parser) {
    InputStream in = TsvResource.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + ": resource not found on the class path");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return read(resource, reader, header, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
    }
  }

  static <T> List<T> read(String name, BufferedReader reader, String header, Function<Row, T> parser)
      throws IOException {
    int columns = header.split("\t", -1).length;
    List<T> values = new ArrayList<>();
    boolean headerSeen = false;
    int lineNumber = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!headerSeen) {
        if (!line.equals(header)) {
          throw new IllegalArgumentException(name + " line " + lineNumber + ": header must be '"
              + header.replace('\t', ' ') + "', was '" + line.replace('\t', ' ') + "'");
        }
        headerSeen = true;
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != columns) {
        throw new IllegalArgumentException(name + " line " + lineNumber + ": expected " + columns
            + " tab-separated columns, found " + cells.length);
      }
      try {
        values.add(parser.apply(new Row(List.of(cells), lineNumber)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(name + " line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
    if (!headerSeen) {
      throw new IllegalArgumentException(name + ": no header line");
    }
    return List.copyOf(values);
  }
}
