package org.reeltrace.core;

/** Small text normalisations the records apply when built. */
final class Text {
  private Text() {}

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
