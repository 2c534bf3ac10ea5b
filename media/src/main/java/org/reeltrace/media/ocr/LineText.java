package org.reeltrace.media.ocr;

import java.util.regex.Pattern;

/** Cleans a line Tesseract read and tells whether it is text rather than noise. */
final class LineText {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Tesseract's Chinese and Korean models space out ideographs: 抖 音 号 → 抖音号. */
  private static final Pattern SPACE_BETWEEN_CJK =
      Pattern.compile("(?<=[\\p{IsHan}\\p{IsHangul}])\\s+(?=[\\p{IsHan}\\p{IsHangul}:：])");

  private LineText() {}

  static String clean(String raw) {
    String text = SPACES.matcher(raw.strip()).replaceAll(" ");
    return SPACE_BETWEEN_CJK.matcher(text).replaceAll("");
  }

  /** At least two letters or digits, and they make up at least half the non-space characters. */
  static boolean isReadable(String text) {
    int letters = 0;
    int others = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        letters++;
      } else if (!Character.isWhitespace(c)) {
        others++;
      }
    }
    return letters >= 2 && letters >= others;
  }
}
