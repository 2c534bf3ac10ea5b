package org.reeltrace.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Agreement of vPDQ variants (luma source, loop filter skipped or not) with the sample hashes. Not a
 * test: run by hand, {@code VpdqFastExperiment TESTDATA LUMA[:nolf]...} (e.g. {@code FAST FAST:nolf}),
 * optionally {@code -Donly=REGEX} to pick hash files. Prints per file: variant, name, frames (ours,
 * reference), mean and max Hamming distance, the same over frames of quality >= 50, frame-number
 * mismatches. (128×128 files are hashed for FAST only.)
 */
public final class VpdqFastExperiment {
  private VpdqFastExperiment() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0], "vpdq");
    List<Path> expectedFiles;
    try (Stream<Path> files = Files.list(root.resolve("sample-hashes"))) {
      expectedFiles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    VpdqHasher hasher = new VpdqHasher();
    for (int a = 1; a < args.length; a++) {
      boolean noLoopFilter = args[a].endsWith(":nolf");
      String mode = args[a].replace(":nolf", "");
      for (Path expectedFile : expectedFiles) {
        String name = expectedFile.getFileName().toString().replaceFirst("\\.txt$", "");
        boolean downscaled = name.endsWith("-128x128");
        Path video = root.resolve("sample-videos").resolve(name.replace("-128x128", "") + ".mp4");
        if (!Files.isRegularFile(video) || (downscaled && !mode.equals("FAST")) || !name.matches(System.getProperty("only", ".*"))) {
          continue;
        }
        VpdqOptions options = VpdqOptions.DEFAULT.withLuma(VpdqLuma.valueOf(mode));
        if (downscaled) {
          options = options.withDownscale(128);
        }
        List<VpdqFrame> actual = hasher.hash(video, options, noLoopFilter).frames();
        List<VpdqFrame> expected = VpdqHashFile.read(expectedFile);
        int n = Math.min(actual.size(), expected.size());
        long total = 0, totalGood = 0;
        int max = 0, maxGood = 0, good = 0, diffs = 0;
        for (int i = 0; i < n; i++) {
          int d = actual.get(i).hash().distance(expected.get(i).hash());
          total += d;
          max = Math.max(max, d);
          if (expected.get(i).quality() >= 50) {
            totalGood += d;
            good++;
            maxGood = Math.max(maxGood, d);
          }
          diffs += actual.get(i).frameNumber() != expected.get(i).frameNumber() ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "%-9s %-40s %4d %4d %6.2f %3d %6.2f %3d %d%n", args[a], name, actual.size(),
            expected.size(), (double) total / n, max, good == 0 ? 0 : (double) totalGood / good, maxGood, diffs);
      }
    }
  }
}
