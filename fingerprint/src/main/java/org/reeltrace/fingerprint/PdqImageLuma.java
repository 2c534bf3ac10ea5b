package org.reeltrace.fingerprint;

import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;

/**
 * Converts a decoded image into the float luma plane PDQ hashes, shrinking it first the way the
 * reference photo hasher does.
 */
final class PdqImageLuma {

  /* Sources: the PDQ write-up ("hashing.pdf", section "Luminance") and the reference pdq-photo-hasher
   * (ThreatExchange pdq/cpp, file loading). Luma is Y = 0.299 R + 0.587 G + 0.114 B with float
   * coefficients, summed left to right in float. Grey images go through the same formula with
   * R = G = B, since the reference's decoder (CImg via ImageMagick) hands it RGB; alpha is ignored.
   *
   * Before hashing, the reference resizes any image wider or taller than 512 to exactly 512×512
   * (aspect ratio not kept) with CImg's default nearest-neighbour resize, whose source index for
   * output x of n is floor(x * width / n). Luma of a picked pixel equals the picked luma, so we pick
   * pixels while converting instead of building a resized copy. */

  /** Images with a side above this are resized to this × this before hashing, as the reference does. */
  static final int MAX_SIDE = 512;

  private static final float R = 0.299f;
  private static final float G = 0.587f;
  private static final float B = 0.114f;

  private int[] row = new int[0];
  private int[] sourceCol = new int[0];
  private int[] colOffset = new int[0];

  /** The number of luma rows (the image height, or 512 when the image is resized). */
  static int rows(BufferedImage image) {
    return resized(image) ? MAX_SIDE : image.getHeight();
  }

  /** The number of luma columns (the image width, or 512 when the image is resized). */
  static int cols(BufferedImage image) {
    return resized(image) ? MAX_SIDE : image.getWidth();
  }

  private static boolean resized(BufferedImage image) {
    return image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE;
  }

  /** Fills {@code luma} with {@code rows(image) × cols(image)} values, row-major. */
  void fill(BufferedImage image, float[] luma) {
    int width = image.getWidth();
    int height = image.getHeight();
    int rows = rows(image);
    int cols = cols(image);
    if (sourceCol.length < cols) {
      sourceCol = new int[cols];
      colOffset = new int[cols];
    }
    for (int x = 0; x < cols; x++) {
      sourceCol[x] = (int) ((long) x * width / cols);
    }
    int bands = rawBands(image);
    Raster raster = image.getRaster();
    if (bands > 0 && fillInterleaved(raster, bands, rows, cols, height, luma)) {
      return;
    }
    int need = bands == 0 ? width : width * bands;
    if (row.length < need) {
      row = new int[need];
    }
    int[] px = row;
    for (int y = 0; y < rows; y++) {
      int sy = (int) ((long) y * height / rows);
      int out = y * cols;
      if (bands == 0) {
        image.getRGB(0, sy, width, 1, px, 0, width);
        for (int x = 0; x < cols; x++) {
          int argb = px[sourceCol[x]];
          luma[out + x] = R * ((argb >> 16) & 0xff) + G * ((argb >> 8) & 0xff) + B * (argb & 0xff);
        }
      } else {
        raster.getPixels(raster.getMinX(), raster.getMinY() + sy, width, 1, px);
        if (bands >= 3) {
          for (int x = 0; x < cols; x++) {
            int p = sourceCol[x] * bands;
            luma[out + x] = R * px[p] + G * px[p + 1] + B * px[p + 2];
          }
        } else {
          for (int x = 0; x < cols; x++) {
            int v = px[sourceCol[x] * bands];
            luma[out + x] = R * v + G * v + B * v;
          }
        }
      }
    }
  }

  /**
   * Reads the samples straight from the byte array of a pixel-interleaved raster (what ImageIO gives for
   * JPEG and 8-bit PNG), picking only the needed pixels. Returns false for other layouts.
   */
  private boolean fillInterleaved(
      Raster raster, int bands, int rows, int cols, int height, float[] luma) {
    if (!(raster.getDataBuffer() instanceof DataBufferByte buffer)
        || !(raster.getSampleModel() instanceof ComponentSampleModel model)
        || buffer.getNumBanks() != 1
        || raster.getSampleModelTranslateX() != 0
        || raster.getSampleModelTranslateY() != 0) {
      return false;
    }
    int[] bandOffsets = model.getBandOffsets();
    for (int bank : model.getBankIndices()) {
      if (bank != 0) {
        return false;
      }
    }
    byte[] data = buffer.getData();
    int base = buffer.getOffset();
    int pixelStride = model.getPixelStride();
    int scanline = model.getScanlineStride();
    for (int x = 0; x < cols; x++) {
      colOffset[x] = base + sourceCol[x] * pixelStride;
    }
    if (bands >= 3) {
      int r = bandOffsets[0];
      int g = bandOffsets[1];
      int b = bandOffsets[2];
      for (int y = 0; y < rows; y++) {
        int line = (int) ((long) y * height / rows) * scanline;
        int out = y * cols;
        for (int x = 0; x < cols; x++) {
          int p = line + colOffset[x];
          luma[out + x] =
              R * (data[p + r] & 0xff) + G * (data[p + g] & 0xff) + B * (data[p + b] & 0xff);
        }
      }
    } else {
      int grey = bandOffsets[0];
      for (int y = 0; y < rows; y++) {
        int line = (int) ((long) y * height / rows) * scanline + grey;
        int out = y * cols;
        for (int x = 0; x < cols; x++) {
          int v = data[line + colOffset[x]] & 0xff;
          luma[out + x] = R * v + G * v + B * v;
        }
      }
    }
    return true;
  }

  /**
   * The number of 8-bit bands when the raster holds plain RGB(A) or grey(+alpha) samples that can be
   * read without colour conversion, else 0 (read through {@code getRGB}).
   */
  private static int rawBands(BufferedImage image) {
    ColorModel model = image.getColorModel();
    if (!(model instanceof ComponentColorModel)
        || image.getRaster().getTransferType() != DataBuffer.TYPE_BYTE) {
      return 0;
    }
    ColorSpace space = model.getColorSpace();
    int colours = model.getNumColorComponents();
    boolean rgb = space.getType() == ColorSpace.TYPE_RGB && colours == 3;
    boolean grey = space.getType() == ColorSpace.TYPE_GRAY && colours == 1;
    return rgb || grey ? image.getRaster().getNumBands() : 0;
  }
}
