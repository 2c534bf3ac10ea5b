package org.reeltrace.analysis.signals;

import java.util.regex.Pattern;

/**
 * Whether a phrase found in a text is negated ("I am not a tourist", 관광객이 아닙니다, 我不是游客,
 * 観光客ではありません).
 */
final class Negation {
  /*
   * English and Chinese put the negation before what it negates, Korean and Japanese after (the
   * copula's negative form, 아니다 / ではない, follows the noun). We therefore look at a short window on
   * that side, cut at the end of the clause so that "Not sponsored. I am a tourist" is not negated.
   * Window sizes are a few words (en: up to two words between the cue and the phrase) or characters.
   */
  private static final Pattern EN_BEFORE = Pattern.compile(
      "(?i)(?:\\bnot|\\bnever|\\bno|n't|\\bnor|\\bneither)\\s+(?:[\\w']+\\s+){0,2}$");
  private static final Pattern ZH_BEFORE = Pattern.compile("(?:不|没|沒|非|并非|並非|未)[^，。！？,.!?]{0,2}$");
  private static final Pattern KO_AFTER = Pattern.compile(
      "^[^.!?。,]{0,4}?(?:아니|아닙|아닌|아냐|아님|않|못\\s)");
  private static final Pattern JA_AFTER = Pattern.compile(
      "^[^。、！？!?]{0,2}?(?:では(?:な|あり|ござい)|じゃ(?:な|あり)|でな)");
  private static final Pattern CLAUSE_END = Pattern.compile("[.!?;。！？；\\n]");

  private Negation() {}

  static boolean negated(String text, int start, int end, Language language) {
    return switch (language) {
      case EN -> EN_BEFORE.matcher(clauseBefore(text, start)).find();
      case ZH -> ZH_BEFORE.matcher(clauseBefore(text, start)).find();
      case KO -> KO_AFTER.matcher(text.substring(end)).find();
      case JA -> JA_AFTER.matcher(text.substring(end)).find();
    };
  }

  private static String clauseBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start);
    var m = CLAUSE_END.matcher(before);
    int cut = 0;
    while (m.find()) {
      cut = m.end();
    }
    return before.substring(cut);
  }
}
