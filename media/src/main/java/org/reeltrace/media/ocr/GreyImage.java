package org.reeltrace.media.ocr;

/**
 * An 8-bit grey image, row-major without padding, and the light preprocessing OCR of small overlaid
 * text needs: crop, upscale, contrast stretch, polarity inversion. Each step returns a new image.
 *
 * <p>Tesseract's LSTM models were trained on dark text at about 20-40 pixels of line height; a phone
 * watermark is 15-25 pixels high in a 720-wide frame, so crops are enlarged (bilinear) and white
 * watermark text is inverted to dark on light (Tesseract documentation, "Improving the quality of the
 * output": rescaling, inversion and contrast).
 */
record GreyImage(int width, int height, byte[] pixels) {
  GreyImage {
    if (width <= 0 || height <= 0 || pixels.length != width * height) {
      throw new IllegalArgumentException("grey image must have width x height pixels, was "
          + width + "x" + height + " with " + pixels.length);
    }
  }

  int at(int x, int y) {
    return pixels[y * width + x] & 0xff;
  }

  /** The rectangle at ({@code x}, {@code y}) of size {@code w × h}, clipped to the image. */
  GreyImage crop(int x, int y, int w, int h) {
    int x0 = Math.max(0, x);
    int y0 = Math.max(0, y);
    int x1 = Math.min(width, x + w);
    int y1 = Math.min(height, y + h);
    if (x1 <= x0 || y1 <= y0) {
      throw new IllegalArgumentException("crop " + w + "x" + h + "+" + x + "+" + y + " is outside " + width + "x" + height);
    }
    byte[] out = new byte[(x1 - x0) * (y1 - y0)];
    for (int row = y0; row < y1; row++) {
      System.arraycopy(pixels, row * width + x0, out, (row - y0) * (x1 - x0), x1 - x0);
    }
    return new GreyImage(x1 - x0, y1 - y0, out);
  }

  /** Enlarged by {@code factor} with bilinear interpolation (factor 1 returns this image). */
  GreyImage upscaled(double factor) {
    if (factor == 1) {
      return this;
    }
    int w = Math.max(1, (int) Math.round(width * factor));
    int h = Math.max(1, (int) Math.round(height * factor));
    byte[] out = new byte[w * h];
    for (int y = 0; y < h; y++) {
      double sy = Math.max(0, Math.min(height - 1, (y + 0.5) / factor - 0.5));
      int y0 = (int) sy;
      int y1 = Math.min(height - 1, y0 + 1);
      double fy = sy - y0;
      for (int x = 0; x < w; x++) {
        double sx = Math.max(0, Math.min(width - 1, (x + 0.5) / factor - 0.5));
        int x0 = (int) sx;
        int x1 = Math.min(width - 1, x0 + 1);
        double fx = sx - x0;
        double top = at(x0, y0) * (1 - fx) + at(x1, y0) * fx;
        double bottom = at(x0, y1) * (1 - fx) + at(x1, y1) * fx;
        out[y * w + x] = (byte) Math.round(top * (1 - fy) + bottom * fy);
      }
    }
    return new GreyImage(w, h, out);
  }

  /** Levels stretched so the 1st percentile becomes black and the 99th white. */
  GreyImage stretched() {
    int[] histogram = new int[256];
    for (byte p : pixels) {
      histogram[p & 0xff]++;
    }
    int low = percentile(histogram, 0.01);
    int high = percentile(histogram, 0.99);
    if (high - low < 16) {
      return this;
    }
    byte[] out = new byte[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      int v = ((pixels[i] & 0xff) - low) * 255 / (high - low);
      out[i] = (byte) Math.max(0, Math.min(255, v));
    }
    return new GreyImage(width, height, out);
  }

  private int percentile(int[] histogram, double fraction) {
    long target = (long) Math.ceil(pixels.length * fraction);
    long seen = 0;
    for (int v = 0; v < 256; v++) {
      seen += histogram[v];
      if (seen >= target) {
        return v;
      }
    }
    return 255;
  }

  /**
   * Bright text isolated by {@code rule}: black on the strokes of light text, white elsewhere, so that
   * Tesseract sees dark text on a clean page. See {@link StrokeRule} for what a stroke is.
   */
  GreyImage brightTextMask(StrokeRule rule) {
    int[] values = new int[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      values[i] = pixels[i] & 0xff;
    }
    int[] darkest = extreme(values, rule.contrastRadius(), false);
    int[] brightest = extreme(values, rule.contrastRadius(), true);
    int[] opened = extreme(extreme(values, rule.strokeRadius(), false), rule.strokeRadius(), true);
    byte[] out = new byte[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      int v = values[i];
      boolean stroke = v >= rule.minLevel() && v - darkest[i] >= rule.minContrast()
          && brightest[i] - v <= rule.maxBelowBrightest() && v - opened[i] >= rule.minAboveWider();
      out[i] = (byte) (stroke ? 0 : 255);
    }
    return new GreyImage(width, height, out);
  }

  /** Dark text isolated, the mirror of {@link #brightTextMask}: {@code rule} applied to the inverted image. */
  GreyImage darkTextMask(StrokeRule rule) {
    return inverted().brightTextMask(rule);
  }

  /** Minimum (or maximum) of {@code values} over the square of side {@code 2 × radius + 1} around each pixel (separable). */
  private int[] extreme(int[] values, int radius, boolean max) {
    int[] rows = new int[values.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int best = max ? 0 : 255;
        for (int dx = Math.max(0, x - radius); dx <= Math.min(width - 1, x + radius); dx++) {
          int v = values[y * width + dx];
          best = max ? Math.max(best, v) : Math.min(best, v);
        }
        rows[y * width + x] = best;
      }
    }
    int[] out = new int[values.length];
    for (int x = 0; x < width; x++) {
      for (int y = 0; y < height; y++) {
        int best = max ? 0 : 255;
        for (int dy = Math.max(0, y - radius); dy <= Math.min(height - 1, y + radius); dy++) {
          int v = rows[dy * width + x];
          best = max ? Math.max(best, v) : Math.min(best, v);
        }
        out[y * width + x] = best;
      }
    }
    return out;
  }

  /** Whether any pixel is darker than mid-grey: a text mask with a stroke left. */
  boolean anyDark() {
    for (byte p : pixels) {
      if ((p & 0xff) < 128) {
        return true;
      }
    }
    return false;
  }

  /** Flipped left to right. */
  GreyImage mirrored() {
    byte[] out = new byte[pixels.length];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        out[y * width + x] = pixels[y * width + width - 1 - x];
      }
    }
    return new GreyImage(width, height, out);
  }

  /** Black and white swapped. */
  GreyImage inverted() {
    byte[] out = new byte[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      out[i] = (byte) (255 - (pixels[i] & 0xff));
    }
    return new GreyImage(width, height, out);
  }
}
