package org.reeltrace.fingerprint;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/** The small ThreatExchange test images in src/test/resources/pdq, and pixel-exact dihedral transforms. */
final class PdqTestImages {

  static final String[] LABELME = {"q0122.jpg", "q0291.jpg", "q0746.jpg", "q1050.jpg", "q2821.jpg"};

  private PdqTestImages() {}

  static BufferedImage load(String name) {
    try (InputStream in = PdqTestImages.class.getResourceAsStream("/pdq/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /pdq/" + name);
      }
      return ImageIO.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reference C++ output for the resource images: name -> {hash, quality}. */
  static Map<String, PdqResult> reference() {
    try (InputStream in = PdqTestImages.class.getResourceAsStream("/pdq/reference-cpp-hashes.txt")) {
      Map<String, PdqResult> out = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          String[] f = line.strip().split(",", 3);
          out.put(f[2], new PdqResult(PdqHash.parse(f[0]), Integer.parseInt(f[1])));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The dihedral transforms as pixel maps, in {@link PdqDihedral}'s order. */
  enum Transform {
    ORIGINAL(false),
    /** Counter-clockwise: the top row becomes the left column. */
    ROTATE_90(true),
    ROTATE_180(false),
    ROTATE_270(true),
    /** Top to bottom. */
    FLIP_X(false),
    /** Left to right. */
    FLIP_Y(false),
    /** About the main diagonal (transpose). */
    FLIP_PLUS_DIAG(true),
    /** About the anti-diagonal. */
    FLIP_MINUS_DIAG(true);

    final boolean swapsSides;

    Transform(boolean swapsSides) {
      this.swapsSides = swapsSides;
    }

    /** The source pixel {sx, sy} of output pixel (x, y) when transforming a w × h image. */
    int[] source(int x, int y, int w, int h) {
      return switch (this) {
        case ORIGINAL -> new int[] {x, y};
        case ROTATE_90 -> new int[] {w - 1 - y, x};
        case ROTATE_180 -> new int[] {w - 1 - x, h - 1 - y};
        case ROTATE_270 -> new int[] {y, h - 1 - x};
        case FLIP_X -> new int[] {x, h - 1 - y};
        case FLIP_Y -> new int[] {w - 1 - x, y};
        case FLIP_PLUS_DIAG -> new int[] {y, x};
        case FLIP_MINUS_DIAG -> new int[] {w - 1 - y, h - 1 - x};
      };
    }

    /** The transformed copy of {@code src}. */
    BufferedImage apply(BufferedImage src) {
      int w = src.getWidth();
      int h = src.getHeight();
      BufferedImage out =
          new BufferedImage(swapsSides ? h : w, swapsSides ? w : h, BufferedImage.TYPE_INT_RGB);
      for (int y = 0; y < out.getHeight(); y++) {
        for (int x = 0; x < out.getWidth(); x++) {
          int[] s = source(x, y, w, h);
          out.setRGB(x, y, src.getRGB(s[0], s[1]));
        }
      }
      return out;
    }
  }
}
