package org.reeltrace.ingest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hashtags written into caption text ({@code #word}), for formats that carry no hashtag field.
 * A tag is a run of letters, digits, marks and underscores in any script ({@code #북한}, {@code #抖音}).
 */
final class Hashtags {
  private static final Pattern TAG = Pattern.compile("(?<![\\p{L}\\p{N}_&])#([\\p{L}\\p{M}\\p{N}_]+)");

  private Hashtags() {}

  /** The distinct hashtags (without {@code #}) of the first text that has any, in order of appearance. */
  static List<String> in(String... texts) {
    for (String text : texts) {
      if (text == null) {
        continue;
      }
      Set<String> tags = new LinkedHashSet<>();
      Set<String> seen = new LinkedHashSet<>();
      Matcher m = TAG.matcher(text);
      while (m.find()) {
        if (seen.add(m.group(1).toLowerCase(Locale.ROOT))) {
          tags.add(m.group(1));
        }
      }
      if (!tags.isEmpty()) {
        return List.copyOf(tags);
      }
    }
    return List.of();
  }

  /** Cleans tags given by a field: strips a leading {@code #}, drops blanks and repeats. */
  static List<String> cleaned(List<String> tags) {
    Set<String> out = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String t : tags) {
      String s = t.strip();
      s = s.startsWith("#") ? s.substring(1).strip() : s;
      if (!s.isEmpty() && seen.add(s.toLowerCase(Locale.ROOT))) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
