package org.reeltrace.media.ocr;

/**
 * One line of text Tesseract read, with its box in the pixels of the image it was given.
 *
 * @param confidence Tesseract's line confidence scaled to 0..1
 */
record OcrLine(String text, float confidence, int left, int top, int right, int bottom) {
  OcrLine {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("OCR line text must not be blank, was '" + text + "'");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0..1, was " + confidence);
    }
  }
}
