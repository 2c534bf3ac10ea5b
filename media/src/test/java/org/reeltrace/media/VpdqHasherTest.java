package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Agreement with the reference vPDQ on every sample video that has expected hashes: the same frame
 * count, mean per-frame Hamming distance at most 4 and every frame within 31 (PDQ's match threshold).
 * The measured distances are printed and written to {@code target/vpdq-agreement.txt}.
 */
class VpdqHasherTest {
  private static final String DOWNSCALED = "-128x128";

  private final VpdqHasher hasher = new VpdqHasher();

  record Agreement(String name, int frames, int expectedFrames, double mean, int max, int identical,
      int qualityDiffs, int timestampDiffs) {
    String row() {
      return String.format(Locale.ROOT, "%-42s %5d %5d %6.3f %4d %5.1f%% %4d %4d", name, frames, expectedFrames, mean,
          max, 100.0 * identical / Math.max(1, frames), qualityDiffs, timestampDiffs);
    }
  }

  @Test
  void agreesWithTheReferenceOnEverySampleVideo() throws Exception {
    List<Path> expectedFiles;
    try (Stream<Path> files = Files.list(SampleVideos.hashes())) {
      expectedFiles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    List<Agreement> results = new ArrayList<>();
    for (Path expectedFile : expectedFiles) {
      String name = expectedFile.getFileName().toString().replaceFirst("\\.txt$", "");
      boolean downscaled = name.endsWith(DOWNSCALED);
      String videoName = (downscaled ? name.substring(0, name.length() - DOWNSCALED.length()) : name) + ".mp4";
      Path video = SampleVideos.videos().resolve(videoName);
      if (!Files.isRegularFile(video)) {
        continue; // the fhd/hd originals are not in the local snapshot (see testdata/SOURCES.md)
      }
      VpdqOptions options = downscaled ? VpdqOptions.DEFAULT.withDownscale(128) : VpdqOptions.DEFAULT;
      VpdqVideo actual = hasher.hash(video, options);
      assertThat(actual.warning()).as(name).isEmpty();
      results.add(compare(name, actual.frames(), VpdqHashFile.read(expectedFile)));
    }

    String report = summary(results);
    System.out.println(report);
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/vpdq-agreement.txt"), report);

    assertThat(results).as("sample videos with expected hashes").hasSizeGreaterThanOrEqualTo(26);
    for (Agreement a : results) {
      assertThat(a.frames()).as(a.name() + " frame count").isEqualTo(a.expectedFrames());
      assertThat(a.mean()).as(a.name() + " mean Hamming distance").isLessThanOrEqualTo(4.0);
      assertThat(a.max()).as(a.name() + " max Hamming distance").isLessThanOrEqualTo(31);
      assertThat(a.timestampDiffs()).as(a.name() + " frames with another timestamp").isZero();
    }
  }

  private static Agreement compare(String name, List<VpdqFrame> actual, List<VpdqFrame> expected) {
    int n = Math.min(actual.size(), expected.size());
    long total = 0;
    int max = 0;
    int identical = 0;
    int qualityDiffs = 0;
    int timestampDiffs = 0;
    for (int i = 0; i < n; i++) {
      VpdqFrame a = actual.get(i);
      VpdqFrame e = expected.get(i);
      int d = a.hash().distance(e.hash());
      total += d;
      max = Math.max(max, d);
      identical += d == 0 ? 1 : 0;
      qualityDiffs += a.quality() != e.quality() ? 1 : 0;
      timestampDiffs += a.frameNumber() != e.frameNumber()
          || !String.format(Locale.ROOT, "%.3f", a.timestampSeconds())
              .equals(String.format(Locale.ROOT, "%.3f", e.timestampSeconds())) ? 1 : 0;
    }
    return new Agreement(name, actual.size(), expected.size(), n == 0 ? 0 : (double) total / n, max, identical,
        qualityDiffs, timestampDiffs);
  }

  static String summary(List<Agreement> results) {
    StringBuilder out = new StringBuilder("vPDQ agreement with the reference sample hashes\n");
    out.append(String.format(Locale.ROOT, "%-42s %5s %5s %6s %4s %6s %4s %4s%n", "video", "ours", "ref", "mean", "max",
        "same", "qDif", "tDif"));
    results.forEach(a -> out.append(a.row()).append('\n'));
    return out.toString();
  }
}
