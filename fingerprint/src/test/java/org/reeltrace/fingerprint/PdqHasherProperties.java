package org.reeltrace.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;

/** Properties of PDQ hashes over the small ThreatExchange test images. */
class PdqHasherProperties {

  private final PdqHasher hasher = new PdqHasher();

  @Provide
  Arbitrary<String> images() {
    return Arbitraries.of(
        "q0122.jpg", "q0291.jpg", "q0746.jpg", "q1050.jpg", "q2821.jpg", "square-256x256.jpg");
  }

  @Provide
  Arbitrary<String> shiftTolerantImages() {
    return Arbitraries.of("q0291.jpg", "q0746.jpg", "q1050.jpg", "q2821.jpg", "square-256x256.jpg");
  }

  /*
   * On a 64×64 plane PDQ skips the blur and decimation, so a transformed plane's DCT is exactly the
   * transformed DCT up to float rounding (the sums run in another order): the sign and transpose
   * rules themselves are checked here.
   */
  @Property(tries = 40, seed = "20261125")
  void onA64x64PlaneEachDihedralVariantIsTheTransformedPlanesHash(
      @ForAll("planes64") float[] plane, @ForAll PdqTestImages.Transform transform) {
    List<PdqHash> variants = hasher.hashDihedralLuma(plane, 64, 64).hashes();
    float[] moved = new float[64 * 64];
    for (int y = 0; y < 64; y++) {
      for (int x = 0; x < 64; x++) {
        int[] s = transform.source(x, y, 64, 64);
        moved[y * 64 + x] = plane[s[1] * 64 + s[0]];
      }
    }
    PdqHash transformed = hasher.hashLuma(moved, 64, 64).hash();
    assertThat(transformed.distance(variants.get(transform.ordinal()))).isLessThanOrEqualTo(2);
  }

  @Provide
  Arbitrary<float[]> planes64() {
    // A smooth random image: a few random low-frequency cosines plus noise, values 0..255.
    return Arbitraries.randoms().map(random -> {
      float[] p = new float[64 * 64];
      double[][] waves = new double[6][4];
      for (double[] w : waves) {
        w[0] = random.nextDouble() * 40;
        w[1] = random.nextDouble() * 0.3;
        w[2] = random.nextDouble() * 0.3;
        w[3] = random.nextDouble() * 6.3;
      }
      for (int y = 0; y < 64; y++) {
        for (int x = 0; x < 64; x++) {
          double v = 128 + random.nextGaussian() * 4;
          for (double[] w : waves) {
            v += w[0] * Math.cos(w[1] * x + w[2] * y + w[3]);
          }
          p[y * 64 + x] = (float) Math.max(0, Math.min(255, v));
        }
      }
      return p;
    });
  }

  /*
   * On real images a transformed image hashes only near the transformed DCT, in the reference too:
   * its box window and decimation grid sit half a pixel off centre, so mirroring moves every sample.
   * Transposes stay exact; mirrors differ by 16-58 bits on these 256×256 images (window 2, the
   * coarsest grid; 8-18 bits on the 512×512-resized bridge), while the seven other variants are
   * 100+ bits away. So the matching variant is the nearest by a wide margin. q0122.jpg is left out:
   * its fine texture makes even a 1-pixel shift cost 68 bits (and a 180° turn 100).
   */
  @Property(tries = 40, seed = "20261125")
  void aTransformedImageHashesNearestToItsDihedralVariant(
      @ForAll("shiftTolerantImages") String name, @ForAll PdqTestImages.Transform transform) {
    BufferedImage image = PdqTestImages.load(name);
    List<PdqHash> variants = hasher.hashDihedral(image).hashes();
    PdqHash transformed = hasher.hash(transform.apply(image)).hash();
    int own = transformed.distance(variants.get(transform.ordinal()));
    assertThat(own).isLessThanOrEqualTo(64);
    if (transform == PdqTestImages.Transform.ORIGINAL
        || transform == PdqTestImages.Transform.FLIP_PLUS_DIAG) {
      assertThat(own).isZero();
    }
    for (int i = 0; i < variants.size(); i++) {
      if (i != transform.ordinal()) {
        assertThat(transformed.distance(variants.get(i))).isGreaterThan(own + 25);
      }
    }
  }

  @Property(tries = 30, seed = "20261125")
  void jpegRecompressionKeepsTheHashWithinTheMatchThreshold(
      @ForAll("images") String name, @ForAll @FloatRange(min = 0.5f, max = 0.95f) float quality)
      throws IOException {
    BufferedImage image = PdqTestImages.load(name);
    BufferedImage recompressed = recompress(image, quality);
    assertThat(hasher.hash(recompressed).hash().distance(hasher.hash(image).hash()))
        .isLessThanOrEqualTo(31);
  }

  @Property(tries = 20, seed = "20261125")
  void unrelatedImagesAreFarApart(@ForAll("images") String a, @ForAll("images") String b) {
    if (a.equals(b)) {
      return;
    }
    assertThat(hasher.hash(PdqTestImages.load(a)).hash().distance(
        hasher.hash(PdqTestImages.load(b)).hash())).isGreaterThan(90);
  }

  @Property(tries = 50, seed = "20261125")
  void aboutHalfTheBitsAreSet(@ForAll("images") String name, @ForAll PdqTestImages.Transform t) {
    for (PdqHash h : hasher.hashDihedral(t.apply(PdqTestImages.load(name))).hashes()) {
      assertThat(h.bitCount()).isBetween(120, 128);
    }
  }

  private static BufferedImage recompress(BufferedImage image, float quality) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(quality);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
    return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
  }
}
