package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The vPDQ sample videos and hashes in {@code ${reeltrace.testdata}/vpdq}, and the small fixture
 * clip in this package's test resources. Missing test data fails the test (never skips it).
 */
final class SampleVideos {
  private SampleVideos() {}

  static Path testdata() {
    String property = System.getProperty("reeltrace.testdata");
    assertThat(property).as("system property reeltrace.testdata (set by the root pom)").isNotBlank();
    Path dir = Path.of(property);
    assertThat(dir).as("reeltrace.testdata folder").isDirectory();
    return dir;
  }

  static Path videos() {
    Path dir = testdata().resolve("vpdq/sample-videos");
    assertThat(dir).isDirectory();
    return dir;
  }

  static Path hashes() {
    Path dir = testdata().resolve("vpdq/sample-hashes");
    assertThat(dir).isDirectory();
    return dir;
  }

  static Path video(String name) {
    Path file = videos().resolve(name);
    assertThat(file).as("sample video").isRegularFile();
    return file;
  }

  /** All sample videos, sorted by name. */
  static List<Path> all() {
    try (Stream<Path> files = Files.list(videos())) {
      List<Path> videos = files.filter(f -> f.toString().endsWith(".mp4")).sorted().toList();
      assertThat(videos).as("sample videos").isNotEmpty();
      return videos;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A 2-second 160x120 H.264 clip at 10 frames/s with a 440 Hz AAC tone, creation_time
   * 2024-03-01T12:34:56Z and location +37.5665+126.9780/ (made with the ffmpeg tool's testsrc/sine).
   */
  static Path taggedTone(Path tempDir) {
    Path target = tempDir.resolve("tagged-tone.mp4");
    try (InputStream in = SampleVideos.class.getResourceAsStream("tagged-tone.mp4")) {
      assertThat(in).as("test resource tagged-tone.mp4").isNotNull();
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
