package org.reeltrace.core;

import java.nio.file.Path;
import java.util.Objects;

/** Where in an archive an item was read: a file, and the 1-based line for line-oriented formats (0 if none). */
public record SourceLocation(Path file, int line) {
  public SourceLocation {
    Objects.requireNonNull(file, "file");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
  }

  public static SourceLocation of(Path file) {
    return new SourceLocation(file, 0);
  }

  @Override
  public String toString() {
    return line == 0 ? file.toString() : file + ":" + line;
  }
}
