package org.reeltrace.analysis.signals;

import java.util.Arrays;
import java.util.stream.Collectors;

/** How a lexicon term is looked for in a text. */
enum MatchMode {
  /** The term's tokens, as the language's analyzer makes them, appear consecutively in the text's tokens. */
  TOKEN("token"),
  /** The term appears verbatim (Latin terms only at word boundaries). */
  PHRASE("phrase"),
  /** The term appears ignoring case (Latin terms only at word boundaries). */
  PHRASE_CI("phrase-ci"),
  /** The term appears verbatim at the start of a word (not after a letter). */
  WORD_START("word-start");

  private final String code;

  MatchMode(String code) {
    this.code = code;
  }

  String code() {
    return code;
  }

  static MatchMode parse(String code) {
    for (MatchMode mode : values()) {
      if (mode.code.equals(code)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("match must be one of "
        + Arrays.stream(values()).map(MatchMode::code).collect(Collectors.joining(", ")) + ", was " + code);
  }
}
