package org.reeltrace.analysis.signals;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One way of saying "I am an outsider here" in one language.
 *
 * @param id        stable identifier, cited in every signal it produces
 * @param language  the language of the pattern (decides which negation cues apply)
 * @param pattern   a regular expression, matched case-insensitively
 * @param strength  how strongly a match says the creator is an outsider, 0..1
 * @param negatable whether a nearby negation ("not", 아니, 不, ではない) cancels it; false for
 *                  patterns that are themselves negative ("not affiliated with")
 * @param meaning   what the pattern catches, one line
 */
record DisclosurePattern(String id, Language language, Pattern pattern, double strength, boolean negatable,
    String meaning) {

  DisclosurePattern {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(pattern, "pattern");
    if (!(strength >= 0 && strength <= 1)) {
      throw new IllegalArgumentException("strength must be 0..1, was " + strength);
    }
    Objects.requireNonNull(meaning, "meaning");
  }
}
