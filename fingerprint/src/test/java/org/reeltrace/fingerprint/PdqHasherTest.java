package org.reeltrace.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conformance with the reference C++ pdq-photo-hasher on the ThreatExchange test images. */
class PdqHasherTest {

  record Expected(PdqHash hash, int quality, String path) {}

  static Path testdata() {
    String root = System.getProperty("reeltrace.testdata");
    assertThat(root).as("system property reeltrace.testdata (set by the root pom)").isNotNull();
    Path dir = Path.of(root, "pdq");
    assertThat(dir.resolve("reference-cpp-hashes.txt")).as("PDQ reference hashes").isRegularFile();
    return dir;
  }

  static List<Expected> expected() throws IOException {
    List<Expected> out = new ArrayList<>();
    for (String line : Files.readAllLines(testdata().resolve("reference-cpp-hashes.txt"))) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split(",", 3);
      out.add(new Expected(PdqHash.parse(f[0]), Integer.parseInt(f[1]), f[2]));
    }
    return out;
  }

  @Test
  void matchesTheReferenceOnEveryTestImage() throws IOException {
    PdqHasher hasher = new PdqHasher();
    Path data = testdata().resolve("data");
    int exact = 0;
    List<Expected> all = expected();
    assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    for (Expected e : all) {
      PdqResult r = hasher.hash(data.resolve(e.path()));
      int d = r.hash().distance(e.hash());
      System.out.printf("%3d %3d/%3d %s%n", d, r.quality(), e.quality(), e.path());
      if (d == 0) {
        exact++;
      }
      assertThat(d).as("Hamming distance to the reference for %s", e.path()).isLessThanOrEqualTo(10);
      assertThat(r.quality()).as("quality of %s", e.path()).isBetween(e.quality() - 2, e.quality() + 2);
      if (e.path().endsWith(".png")) {
        assertThat(d).as("PNG %s decodes identically, so the hash must be (nearly) exact", e.path())
            .isLessThanOrEqualTo(2);
      }
    }
    System.out.println("bit-exact: " + exact + " of " + all.size());
  }
}
