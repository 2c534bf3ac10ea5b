package org.reeltrace.media.ocr;

/**
 * What counts as a stroke of light overlaid text in a grey image ({@link GreyImage#brightTextMask}): a pixel
 * at least {@code minLevel} bright, at least {@code minContrast} brighter than the darkest pixel within
 * {@code contrastRadius} (white watermark text has a dark shadow or outline), at most
 * {@code maxBelowBrightest} darker than the brightest pixel there (not the lighter edge of the shadow), and
 * at least {@code minAboveWider} brighter than the image opened over {@code strokeRadius} (grey erosion,
 * then dilation: what a light area wider than a stroke keeps of its brightness). Without the last test,
 * light background beside the outline passed as well, and on light footage the text sank into a black
 * blob.
 */
record StrokeRule(int minLevel, int minContrast, int contrastRadius, int maxBelowBrightest, int minAboveWider,
    int strokeRadius) {
  StrokeRule {
    if (contrastRadius < 1 || strokeRadius < 1) {
      throw new IllegalArgumentException("radii must be at least 1, were " + contrastRadius + " and " + strokeRadius);
    }
  }
}
