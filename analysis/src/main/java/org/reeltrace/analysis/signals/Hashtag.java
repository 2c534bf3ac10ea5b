package org.reeltrace.analysis.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A hashtag in a text, with its words separated: {@code #NorthKorea} reads "North Korea",
 * {@code #dprk_travel} reads "dprk travel", {@code #북한여행} reads "북한여행" (the Korean analyzer splits
 * it into 북한 여행).
 *
 * @param written as in the text, with the {@code #}
 * @param start   where it starts in the text
 * @param words   its words: underscores and case changes (aB, a1, 1a) become spaces
 */
record Hashtag(String written, int start, String words) {
  private static final Pattern HASHTAG = Pattern.compile("[#＃]([\\p{L}\\p{M}\\p{N}_]+)");
  private static final Pattern CASE_CHANGE =
      Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{IsLatin})(?=\\p{Nd})|(?<=\\p{Nd})(?=\\p{IsLatin})");

  int end() {
    return start + written.length();
  }

  static List<Hashtag> find(String text) {
    List<Hashtag> hashtags = new ArrayList<>();
    Matcher m = HASHTAG.matcher(text);
    while (m.find()) {
      String words = CASE_CHANGE.matcher(m.group(1).replace('_', ' ')).replaceAll(" ").strip();
      hashtags.add(new Hashtag(m.group(), m.start(), words));
    }
    return hashtags;
  }

  /** The text with every hashtag replaced by spaces of the same length, so offsets stay put. */
  static String blankOut(String text, List<Hashtag> hashtags) {
    char[] chars = text.toCharArray();
    for (Hashtag hashtag : hashtags) {
      for (int i = hashtag.start; i < hashtag.end(); i++) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }
}
