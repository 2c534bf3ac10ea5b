package org.reeltrace.analysis.signals;

import java.util.List;
import java.util.Objects;

/**
 * One lexicon line: a term whose use points to one community's usage.
 *
 * @param id         stable identifier, cited in every signal it produces
 * @param language   the language the term belongs to (and whose analyzer matches token-mode terms)
 * @param term       the term as written
 * @param match      how the term is looked for
 * @param indicates  the usage it points to, a stable token such as {@code south-korean-usage}
 * @param strength   how strongly, 0..1
 * @param exclusions phrases inside which a match does not count (조선 inside 조선시대)
 * @param needsKana  whether the entry only counts in a text holding kana, i.e. Japanese text (共和国
 *                   alone is a tell in Japanese, not in Chinese)
 * @param meaning    the term's meaning and why it points there, one line
 * @param source     the public source of the fact
 */
record LexiconEntry(String id, Language language, String term, MatchMode match, String indicates,
    double strength, List<String> exclusions, boolean needsKana, String meaning, String source) {

  LexiconEntry {
    id = requireText(id, "id");
    Objects.requireNonNull(language, "language");
    term = requireText(term, "term");
    Objects.requireNonNull(match, "match");
    indicates = requireText(indicates, "indicates");
    if (!indicates.matches("[a-z0-9:-]+")) {
      throw new IllegalArgumentException("indicates must be a lower-case token, was " + indicates);
    }
    if (!(strength >= 0 && strength <= 1)) {
      throw new IllegalArgumentException("strength must be 0..1, was " + strength);
    }
    if (match == MatchMode.TOKEN && !language.hasAnalyzer()) {
      throw new IllegalArgumentException("match token needs an analyzer; " + language.code() + " has none");
    }
    exclusions = List.copyOf(exclusions);
    for (String exclusion : exclusions) {
      if (exclusion.isBlank()) {
        throw new IllegalArgumentException("exclusions must not contain a blank phrase: '" + exclusion + "'");
      }
    }
    meaning = requireText(meaning, "meaning");
    source = requireText(source, "source");
  }

  private static String requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value.strip();
  }
}
