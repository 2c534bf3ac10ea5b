package org.reeltrace.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the demo archive that ships in the ReelTrace checkout. */
final class DemoArchive {
  private DemoArchive() {}

  /**
   * The {@code demo/archive} folder under the checkout the launcher ran from (system property
   * {@code reeltrace.home}), else under the working directory.
   */
  static Path locate() {
    String home = System.getProperty("reeltrace.home");
    Path base = home == null ? Path.of("") : Path.of(home);
    Path archive = base.resolve("demo").resolve("archive");
    if (!Files.isDirectory(archive)) {
      throw new IllegalStateException(
          "demo archive not found at " + archive.toAbsolutePath() + " (run ./reeltrace from the checkout)");
    }
    return archive;
  }
}
