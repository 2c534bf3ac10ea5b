package org.reeltrace.media.ocr;

import java.util.Objects;

/**
 * One line of text read in one sampled frame.
 *
 * @param seconds    presentation time of the frame
 * @param region     where the line sits in the frame: {@code top-left}, {@code top}, {@code top-right},
 *     {@code left}, {@code center}, {@code right}, {@code bottom-left}, {@code bottom}, {@code bottom-right}
 * @param text       the line as read, whitespace collapsed (untrusted: escape before display)
 * @param confidence Tesseract's confidence in the line, 0..1
 */
public record TextSighting(double seconds, String region, String text, float confidence) {
  public TextSighting {
    Objects.requireNonNull(region, "region");
    if (!(seconds >= 0) || Double.isInfinite(seconds)) {
      throw new IllegalArgumentException("seconds must be finite and >= 0, was " + seconds);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("sighting text must not be blank, was '" + text + "'");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0..1, was " + confidence);
    }
  }
}
