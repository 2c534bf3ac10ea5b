package org.reeltrace.media.ocr;

/**
 * Tesseract or one of its languages is not installed; the message is one line naming the Debian
 * package to install.
 */
public final class TesseractUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  TesseractUnavailableException(String message) {
    super(message);
  }
}
