package org.reeltrace.media.ocr;

import java.util.regex.Pattern;

/**
 * Whether a line read with the combined model may be a garbled Chinese or Korean line worth a second
 * reading: it has Han or Hangul characters, or an "@" not followed by a clean ASCII user name.
 */
final class CjkHint {
  private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHangul}]");
  private static final Pattern CLEAN_AT = Pattern.compile("@[A-Za-z0-9_.]{2,24}(\\s|$)");

  private CjkHint() {}

  static boolean present(String line) {
    return CJK.matcher(line).find() || (line.contains("@") && !CLEAN_AT.matcher(line).find());
  }
}
