package org.reeltrace.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance with the reference C++ pdq-photo-hasher on the ThreatExchange test images, and the
 * contract of the entry points.
 */
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
      if (d == 0) {
        exact++;
      } else {
        System.out.printf("PDQ off by %d bits, quality %d (reference %d): %s%n",
            d, r.quality(), e.quality(), e.path());
      }
      assertThat(d).as("Hamming distance to the reference for %s", e.path()).isLessThanOrEqualTo(10);
      assertThat(r.quality()).as("quality of %s", e.path()).isBetween(e.quality() - 2, e.quality() + 2);
      if (e.path().endsWith(".png")) {
        assertThat(d).as("PNG %s decodes identically, so the hash must be (nearly) exact", e.path())
            .isLessThanOrEqualTo(2);
      }
    }
    System.out.println("PDQ bit-exact with the reference: " + exact + " of " + all.size());
  }

  @Test
  void resourceImagesAreBitExact() {
    PdqHasher hasher = new PdqHasher();
    Map<String, PdqResult> reference = PdqTestImages.reference();
    assertThat(reference).hasSize(7);
    reference.forEach((name, expected) ->
        assertThat(hasher.hash(PdqTestImages.load(name))).as(name).isEqualTo(expected));
  }

  @Test
  void dihedralHashesMatchTheReferenceHashesOfTransformedFiles() throws IOException {
    Path dih = testdata().resolve("data/reg-test-input/dih");
    String[] files = {
      "bridge-1-original.jpg", "bridge-2-rotate-90.jpg", "bridge-3-rotate-180.jpg",
      "bridge-4-rotate-270.jpg", "bridge-5-flipx.jpg", "bridge-6-flipy.jpg",
      "bridge-7-flip-plus-1.jpg", "bridge-8-flip-minus-1.jpg"
    };
    Map<String, PdqHash> reference = new java.util.HashMap<>();
    for (Expected e : expected()) {
      reference.put(e.path().substring(e.path().lastIndexOf('/') + 1), e.hash());
    }
    PdqHasher hasher = new PdqHasher();
    PdqDihedral d = hasher.hashDihedral(dih.resolve(files[0]));
    assertThat(d.original()).isEqualTo(hasher.hash(dih.resolve(files[0])).hash());
    assertThat(d.quality()).isEqualTo(100);
    List<PdqHash> variants = d.hashes();
    for (int i = 0; i < files.length; i++) {
      PdqHash transformed = reference.get(files[i]);
      int own = transformed.distance(variants.get(i));
      // The reference's blur window and sampling grid are not mirror-symmetric, so a flipped
      // image's hash differs from the flipped DCT's by up to ~18 bits here (the C++ gives the same).
      assertThat(own).as(files[i]).isLessThanOrEqualTo(20);
      for (int j = 0; j < variants.size(); j++) {
        if (j != i) {
          assertThat(transformed.distance(variants.get(j))).as(files[i] + " vs variant " + j)
              .isGreaterThan(own + 50);
        }
      }
    }
  }

  @Test
  void bytePlaneWithStrideEqualsFloatPlane() {
    BufferedImage image = PdqTestImages.load("q1050.jpg");
    int w = image.getWidth();
    int h = image.getHeight();
    int stride = w + 13;
    byte[] bytes = new byte[stride * h];
    float[] floats = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = (image.getRGB(x, y) >> 8) & 0xff;
        bytes[y * stride + x] = (byte) v;
        floats[y * w + x] = v;
      }
    }
    PdqHasher hasher = new PdqHasher();
    PdqResult fromBytes = hasher.hashLuma(bytes, w, h, stride);
    assertThat(hasher.hashLuma(floats, w, h)).isEqualTo(fromBytes);
    assertThat(hasher.hashDihedralLuma(bytes, w, h, stride).originalResult()).isEqualTo(fromBytes);
    assertThat(hasher.hashDihedralLuma(floats, w, h).originalResult()).isEqualTo(fromBytes);
    assertThat(fromBytes.quality()).isEqualTo(100);
  }

  @Test
  void sampledBlurStaysCloseToTheExactHashOnEveryTestImage() throws IOException {
    PdqHasher hasher = new PdqHasher();
    Path data = testdata().resolve("data");
    int total = 0;
    int max = 0;
    List<Expected> all = expected();
    for (Expected e : all) {
      BufferedImage image = javax.imageio.ImageIO.read(data.resolve(e.path()).toFile());
      int w = image.getWidth();
      int h = image.getHeight();
      byte[] luma = new byte[w * h];
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          int rgb = image.getRGB(x, y);
          luma[y * w + x] = (byte) Math.round(
              0.299f * (rgb >> 16 & 0xff) + 0.587f * (rgb >> 8 & 0xff) + 0.114f * (rgb & 0xff));
        }
      }
      PdqResult exact = hasher.hashLuma(luma, w, h, w);
      PdqResult sampled = hasher.hashLumaSampled(luma, w, h, w, 0, 255);
      int d = exact.hash().distance(sampled.hash());
      total += d;
      max = Math.max(max, d);
      // identical on all 31 when written; rounding may flip a bit whose coefficient sits at the median
      assertThat(d).as("bits the sampled blur changes in %s", e.path()).isLessThanOrEqualTo(2);
      assertThat(sampled.quality()).as("quality of %s", e.path()).isBetween(exact.quality() - 1, exact.quality() + 1);
    }
    System.out.printf("sampled blur vs exact PDQ: mean %.2f bits, max %d, over %d images%n",
        (double) total / all.size(), max, all.size());
  }

  @Test
  void sampledBlurMapsTheLevelRangeToFullRange() {
    BufferedImage image = PdqTestImages.load("q1050.jpg");
    int w = image.getWidth();
    int h = image.getHeight();
    byte[] full = new byte[w * h];
    byte[] limited = new byte[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v = (image.getRGB(x, y) >> 8) & 0xff;
        full[y * w + x] = (byte) v;
        limited[y * w + x] = (byte) (16 + v * 219 / 255);
      }
    }
    PdqHasher hasher = new PdqHasher();
    PdqResult fromFull = hasher.hashLumaSampled(full, w, h, w, 0, 255);
    PdqResult fromLimited = hasher.hashLumaSampled(limited, w, h, w, 16, 235);
    assertThat(fromLimited.hash().distance(fromFull.hash())).isLessThanOrEqualTo(8);
    assertThat(fromLimited.quality()).isEqualTo(fromFull.quality());
    assertThatThrownBy(() -> hasher.hashLumaSampled(full, w, h, w, 235, 16))
        .hasMessageContaining("235, 16");
  }

  @Test
  void lumaOfAnImageGivesTheImagesHash() {
    BufferedImage image = PdqTestImages.load("q0291.jpg");
    int w = image.getWidth();
    int h = image.getHeight();
    float[] luma = new float[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = image.getRGB(x, y);
        luma[y * w + x] =
            0.299f * ((rgb >> 16) & 0xff) + 0.587f * ((rgb >> 8) & 0xff) + 0.114f * (rgb & 0xff);
      }
    }
    PdqHasher hasher = new PdqHasher();
    assertThat(hasher.hashLuma(luma, w, h)).isEqualTo(hasher.hash(image));
  }

  @Test
  void aReusedHasherGivesTheSameResultsWhateverCameBefore() throws IOException {
    Path big = testdata().resolve("data/bridge-mods/aaa-orig.jpg");
    PdqHasher reused = new PdqHasher();
    PdqResult first = reused.hash(big);
    PdqResult small = reused.hash(PdqTestImages.load("wee.jpg"));
    assertThat(reused.hash(big)).isEqualTo(first).isEqualTo(new PdqHasher().hash(big));
    assertThat(small).isEqualTo(new PdqHasher().hash(PdqTestImages.load("wee.jpg")));
  }

  @Test
  void a64x64PlaneIsHashedWithoutBlur() {
    float[] plane = new float[64 * 64];
    for (int i = 0; i < plane.length; i++) {
      plane[i] = (i * 37 % 251);
    }
    PdqResult r = new PdqHasher().hashLuma(plane, 64, 64);
    assertThat(r.hash().bitCount()).isBetween(120, 128);
  }

  @Test
  void imagesUnderFivePixelsGetTheZeroHash() {
    PdqResult r = new PdqHasher().hashLuma(new byte[4 * 100], 4, 100, 4);
    assertThat(r).isEqualTo(new PdqResult(new PdqHash(0, 0, 0, 0), 0));
    BufferedImage tiny = new BufferedImage(100, 3, BufferedImage.TYPE_INT_RGB);
    assertThat(new PdqHasher().hashDihedral(tiny).hashes()).containsOnly(new PdqHash(0, 0, 0, 0));
  }

  @Test
  void narrowImagesAreHashed() {
    BufferedImage image = PdqTestImages.load("wee.jpg"); // 34 × 42, narrower than 64
    assertThat(new PdqHasher().hash(image)).isEqualTo(PdqTestImages.reference().get("wee.jpg"));
  }

  @Test
  void badPlanesAreRejectedWithTheirSizes() {
    PdqHasher hasher = new PdqHasher();
    assertThatThrownBy(() -> hasher.hashLuma(new byte[100], 10, 10, 9))
        .hasMessage("stride must be >= width 10, was 9");
    assertThatThrownBy(() -> hasher.hashLuma(new byte[99], 10, 10, 10))
        .hasMessage("luma plane 10×10 (stride 10) needs 100 samples, array has 99");
    assertThatThrownBy(() -> hasher.hashLuma(new float[0], 0, 10))
        .hasMessage("luma plane must be at least 1×1, was 0×10");
  }

  @Test
  void unreadableFilesGiveAOneLineMessageNamingTheFile(@TempDir Path dir) throws IOException {
    PdqHasher hasher = new PdqHasher();
    Path missing = dir.resolve("missing.jpg");
    assertThatThrownBy(() -> hasher.hash(missing))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read image " + missing + ": no such file");
    Path text = Files.writeString(dir.resolve("notes.jpg"), "not an image\n");
    assertThatThrownBy(() -> hasher.hash(text))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot read image " + text + ": not a JPEG, PNG or other supported format");
    Path truncated = dir.resolve("truncated.jpg");
    byte[] jpeg = Files.readAllBytes(testdata().resolve("data/bridge-mods/square-128x128.jpg"));
    Files.write(truncated, java.util.Arrays.copyOf(jpeg, 600));
    assertThatThrownBy(() -> hasher.hashDihedral(truncated))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("cannot read image " + truncated + ": ")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }
}
