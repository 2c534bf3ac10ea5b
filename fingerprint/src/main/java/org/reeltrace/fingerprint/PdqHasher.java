package org.reeltrace.fingerprint;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Computes PDQ image hashes (Meta's perceptual hash, as published in the ThreatExchange repository),
 * giving the same bits as the reference C++ implementation for the same decoded pixels.
 *
 * <p>The pipeline: RGB to float luma, a two-pass Jarosz box blur sized to the image, decimation to
 * 64×64, the quality score from its gradients, a 16×16 DCT without the DC row and column, and one bit
 * per coefficient above the median. Entry points that take an image file or a {@link BufferedImage}
 * behave like the reference {@code pdq-photo-hasher}: an image with a side above 512 pixels is first
 * resized (nearest neighbour) to 512×512. The {@code hashLuma} entry points hash the plane as given,
 * like the reference's {@code pdqHash256FromFloatLuma}. An image with a side under 5 pixels gets the
 * all-zero hash and quality 0, as in the reference.
 *
 * <p>A hasher keeps scratch buffers between calls, so reuse one per thread. It is <b>not thread-safe</b>:
 * give every thread its own instance.
 */
public final class PdqHasher {

  /** Sides below this give the zero hash with quality 0, as in the reference. */
  static final int MIN_SIDE = 5;

  private static final PdqHash ZERO = new PdqHash(0, 0, 0, 0);

  private final PdqImageLuma imageLuma = new PdqImageLuma();
  private final PdqBits bits = new PdqBits();
  private final PdqDownsampler downsampler = new PdqDownsampler();
  private final PdqSampledFilter sampledFilter = new PdqSampledFilter();
  private final float[] block64 = new float[64 * 64];
  private final float[] t16x64 = new float[16 * 64];
  private final float[] dct = new float[16 * 16];
  private final float[] variant = new float[16 * 16];
  private float[] plane = new float[0];
  private int quality;

  /**
   * Hashes a JPEG or PNG file (any format {@link ImageIO} reads).
   *
   * @throws IOException with a one-line message naming the file when it cannot be read or decoded
   */
  public PdqResult hash(Path imageFile) throws IOException {
    return hash(read(imageFile));
  }

  /** Hashes a decoded image (resized to 512×512 first when a side is above 512, as the reference does). */
  public PdqResult hash(BufferedImage image) {
    return dctOfImage(image) ? result(PdqDct.Variant.ORIGINAL) : zeroResult();
  }

  /**
   * Hashes a {@code width × height} plane of 8-bit luma values (unsigned bytes), the form the video stage
   * gets from FFmpeg; sample (x, y) is {@code luma[y * stride + x]}.
   */
  public PdqResult hashLuma(byte[] luma, int width, int height, int stride) {
    return dctOfLuma(luma, width, height, stride) ? result(PdqDct.Variant.ORIGINAL) : zeroResult();
  }

  /**
   * Hashes a {@code width × height} plane of 8-bit samples, sample (x, y) at {@code luma[y * stride + x]},
   * standing for the luma {@code (clamp(sample, black, white) - black) × 255 / (white - black)} (0 and 255
   * for full range, 16 and 235 for video's limited range), evaluating PDQ's blur only at the 64×64
   * points it is sampled at. Faster than
   * {@link #hashLuma(byte[], int, int, int)} (about 1 multiply-add per sample instead of four box passes),
   * but <b>not guaranteed bit-exact</b>: the same filter summed in another order, so float rounding can
   * flip a hash bit whose DCT coefficient lies at the median. Measured: the same hash as
   * {@link #hashLuma(byte[], int, int, int)} on all 31 reference test images; on the vPDQ sample videos
   * the same agreement with the reference as the exact blur (see the media module's {@code VpdqLuma.FAST}).
   */
  public PdqResult hashLumaSampled(byte[] luma, int width, int height, int stride, int black, int white) {
    checkPlane(luma.length, width, height, stride);
    if (black < 0 || white > 255 || black >= white) {
      throw new IllegalArgumentException("levels must satisfy 0 <= black < white <= 255, were " + black + ", " + white);
    }
    if (height < MIN_SIDE || width < MIN_SIDE) {
      return zeroResult();
    }
    sampledFilter.filter(luma, width, height, stride, black, white, block64);
    quality = PdqQuality.of(block64);
    PdqDct.transform(block64, t16x64, dct);
    return result(PdqDct.Variant.ORIGINAL);
  }

  /** Hashes a {@code width × height} row-major plane of luma values in 0..255 (not modified). */
  public PdqResult hashLuma(float[] luma, int width, int height) {
    return dctOfLuma(luma, width, height) ? result(PdqDct.Variant.ORIGINAL) : zeroResult();
  }

  /**
   * The eight dihedral hashes of a JPEG or PNG file.
   *
   * @throws IOException with a one-line message naming the file when it cannot be read or decoded
   */
  public PdqDihedral hashDihedral(Path imageFile) throws IOException {
    return hashDihedral(read(imageFile));
  }

  /** The eight dihedral hashes of a decoded image (resized as in {@link #hash(BufferedImage)}). */
  public PdqDihedral hashDihedral(BufferedImage image) {
    return dctOfImage(image) ? dihedral() : zeroDihedral();
  }

  /** The eight dihedral hashes of an 8-bit luma plane (as in {@link #hashLuma(byte[], int, int, int)}). */
  public PdqDihedral hashDihedralLuma(byte[] luma, int width, int height, int stride) {
    return dctOfLuma(luma, width, height, stride) ? dihedral() : zeroDihedral();
  }

  /** The eight dihedral hashes of a float luma plane (as in {@link #hashLuma(float[], int, int)}). */
  public PdqDihedral hashDihedralLuma(float[] luma, int width, int height) {
    return dctOfLuma(luma, width, height) ? dihedral() : zeroDihedral();
  }

  private static BufferedImage read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException("cannot read image " + file + ": no such file");
    }
    BufferedImage image;
    try {
      image = ImageIO.read(file.toFile());
    } catch (IOException | RuntimeException e) {
      throw new IOException("cannot read image " + file + ": " + oneLine(e), e);
    }
    if (image == null) {
      throw new IOException("cannot read image " + file + ": not a JPEG, PNG or other supported format");
    }
    return image;
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").strip();
  }

  private boolean dctOfImage(BufferedImage image) {
    int rows = PdqImageLuma.rows(image);
    int cols = PdqImageLuma.cols(image);
    if (rows < MIN_SIDE || cols < MIN_SIDE) {
      return false;
    }
    ensureCapacity(rows, cols);
    imageLuma.fill(image, plane);
    finish(plane, rows, cols);
    return true;
  }

  private boolean dctOfLuma(byte[] luma, int width, int height, int stride) {
    checkPlane(luma.length, width, height, stride);
    if (height < MIN_SIDE || width < MIN_SIDE) {
      return false;
    }
    ensureCapacity(height, width);
    float[] p = plane;
    for (int y = 0; y < height; y++) {
      int in = y * stride;
      int out = y * width;
      for (int x = 0; x < width; x++) {
        p[out + x] = luma[in + x] & 0xff;
      }
    }
    finish(plane, height, width);
    return true;
  }

  private boolean dctOfLuma(float[] luma, int width, int height) {
    checkPlane(luma.length, width, height, width);
    if (height < MIN_SIDE || width < MIN_SIDE) {
      return false;
    }
    finish(luma, height, width); // the blur does not modify its input
    return true;
  }

  private static void checkPlane(int length, int width, int height, int stride) {
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("luma plane must be at least 1×1, was " + width + "×" + height);
    }
    if (stride < width) {
      throw new IllegalArgumentException("stride must be >= width " + width + ", was " + stride);
    }
    long need = (long) (height - 1) * stride + width;
    if (length < need) {
      throw new IllegalArgumentException(
          "luma plane " + width + "×" + height + " (stride " + stride + ") needs " + need
              + " samples, array has " + length);
    }
  }

  private void ensureCapacity(int rows, int cols) {
    int n = rows * cols;
    if (plane.length < n) {
      plane = new float[n];
    }
  }

  /** Blur, decimate, quality and DCT of a {@code rows × cols} plane. */
  private void finish(float[] luma, int rows, int cols) {
    downsampler.blurAndDecimate(luma, rows, cols, block64);
    quality = PdqQuality.of(block64);
    PdqDct.transform(block64, t16x64, dct);
  }

  private PdqHash hashOf(PdqDct.Variant v) {
    if (v == PdqDct.Variant.ORIGINAL) {
      return bits.toHash(dct);
    }
    v.apply(dct, variant);
    return bits.toHash(variant);
  }

  private PdqResult result(PdqDct.Variant v) {
    return new PdqResult(hashOf(v), quality);
  }

  private PdqDihedral dihedral() {
    return new PdqDihedral(
        hashOf(PdqDct.Variant.ORIGINAL),
        hashOf(PdqDct.Variant.ROTATE_90),
        hashOf(PdqDct.Variant.ROTATE_180),
        hashOf(PdqDct.Variant.ROTATE_270),
        hashOf(PdqDct.Variant.FLIP_X),
        hashOf(PdqDct.Variant.FLIP_Y),
        hashOf(PdqDct.Variant.FLIP_PLUS_DIAG),
        hashOf(PdqDct.Variant.FLIP_MINUS_DIAG),
        quality);
  }

  private static PdqResult zeroResult() {
    return new PdqResult(ZERO, 0);
  }

  private static PdqDihedral zeroDihedral() {
    return new PdqDihedral(ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, 0);
  }
}
