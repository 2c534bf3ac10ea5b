package org.reeltrace.app;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared reference data beside the checkout; tests that need it fail when it is missing. */
final class TestData {
  private TestData() {}

  static Path root() {
    String dir = System.getProperty("reeltrace.testdata");
    if (dir == null || !Files.isDirectory(Path.of(dir))) {
      throw new AssertionError(
          "shared test data not found (system property reeltrace.testdata = " + dir
              + "); it must lie at ../shared/testdata beside the checkout");
    }
    return Path.of(dir);
  }

  /** A real, small H.264 video (56 kB) from the vPDQ samples. */
  static Path smallVideo() {
    return root().resolve("vpdq/sample-videos/test-padded-dimensions.mp4");
  }

  /** Another real video with different bytes. */
  static Path otherVideo() {
    return root().resolve("vpdq/sample-videos/doorknob-hd-no-bar.mp4");
  }
}
