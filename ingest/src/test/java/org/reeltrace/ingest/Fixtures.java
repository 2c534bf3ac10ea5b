package org.reeltrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The hand-written sample archive in src/test/resources/archive and small files written per test. */
final class Fixtures {
  static final Path ARCHIVE = Path.of("src", "test", "resources", "archive");

  private Fixtures() {}

  static Path archive(String relative) {
    Path p = ARCHIVE.resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException("fixture missing: " + p.toAbsolutePath());
    }
    return p;
  }

  static Path write(Path dir, String name, String text) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, text, StandardCharsets.UTF_8);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
