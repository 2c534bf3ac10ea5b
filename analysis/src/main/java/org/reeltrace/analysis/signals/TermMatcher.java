package org.reeltrace.analysis.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;

/** Finds one lexicon entry's occurrences in a text, dropping those inside an exclusion phrase. */
final class TermMatcher {
  private final LexiconEntry entry;
  private final List<String> termTokens;
  private final String compactTerm;

  TermMatcher(LexiconEntry entry, Map<Language, Analyzer> analyzers) {
    this.entry = entry;
    if (entry.match() == MatchMode.TOKEN) {
      this.termTokens = AnalyzedText.analyze(analyzers.get(entry.language()), entry.term()).stream()
          .map(Token::term).toList();
      if (termTokens.isEmpty()) {
        throw new IllegalArgumentException(Lexicon.RESOURCE + " " + entry.id() + ": term '" + entry.term()
            + "' yields no tokens");
      }
    } else {
      this.termTokens = List.of();
    }
    this.compactTerm = compact(entry.term());
  }

  LexiconEntry entry() {
    return entry;
  }

  /** Char ranges [start, end) of the entry's occurrences in the text, exclusions removed. */
  List<int[]> find(AnalyzedText analyzed) {
    String text = analyzed.text();
    if (entry.needsKana() && !hasKana(text)) {
      return new ArrayList<>();
    }
    List<int[]> spans = switch (entry.match()) {
      case TOKEN -> tokenSpans(analyzed.tokens(entry.language()));
      case PHRASE -> phraseSpans(text, false, false);
      case PHRASE_CI -> phraseSpans(text, true, false);
      case WORD_START -> phraseSpans(text, false, true);
    };
    spans.removeIf(span -> excluded(text, span));
    return spans;
  }

  /**
   * Whether the entry occurs in a hashtag run together without spaces or case ({@code #northkorea}
   * holds "North Korea"). Only Latin terms matched regardless of case take part: CJK hashtags are
   * analysed like any text, and case-sensitive terms would lose what makes them a tell.
   */
  boolean inCompactHashtag(String hashtagWords) {
    boolean caseFree = entry.match() == MatchMode.TOKEN || entry.match() == MatchMode.PHRASE_CI;
    return caseFree && isLatin(entry.term()) && compact(hashtagWords).contains(compactTerm);
  }

  private List<int[]> tokenSpans(List<Token> tokens) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i + termTokens.size() <= tokens.size(); i++) {
      boolean all = true;
      for (int j = 0; j < termTokens.size() && all; j++) {
        all = tokens.get(i + j).term().equals(termTokens.get(j));
      }
      if (all) {
        spans.add(new int[] {tokens.get(i).start(), tokens.get(i + termTokens.size() - 1).end()});
      }
    }
    return spans;
  }

  private List<int[]> phraseSpans(String text, boolean ignoreCase, boolean wordStart) {
    List<int[]> spans = new ArrayList<>();
    String term = entry.term();
    for (int at = 0; at + term.length() <= text.length(); at++) {
      if (!text.regionMatches(ignoreCase, at, term, 0, term.length())) {
        continue;
      }
      int end = at + term.length();
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))
          || !(wordStart || isLatinLetter(term.charAt(0)));
      boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
          || !isLatinLetter(term.charAt(term.length() - 1));
      if (startOk && endOk) {
        spans.add(new int[] {at, end});
      }
    }
    return spans;
  }

  private boolean excluded(String text, int[] span) {
    for (String exclusion : entry.exclusions()) {
      int from = Math.max(0, span[1] - exclusion.length());
      for (int at = from; at <= span[0] && at + exclusion.length() <= text.length(); at++) {
        if (text.regionMatches(true, at, exclusion, 0, exclusion.length())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasKana(String text) {
    return text.codePoints().anyMatch(c -> {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      return script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA;
    });
  }

  private static boolean isLatinLetter(char c) {
    return c < 0x250 && Character.isLetter(c);
  }

  private static boolean isLatin(String s) {
    return s.chars().filter(Character::isLetter).allMatch(c -> isLatinLetter((char) c));
  }

  private static String compact(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
    return b.toString();
  }
}
