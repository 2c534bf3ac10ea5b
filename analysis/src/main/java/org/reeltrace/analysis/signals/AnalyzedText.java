package org.reeltrace.analysis.signals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** A text with its tokens per language, computed on first use. Not thread-safe; one per detect call. */
final class AnalyzedText {
  private final String text;
  private final Map<Language, Analyzer> analyzers;
  private final Map<Language, List<Token>> tokens = new EnumMap<>(Language.class);

  AnalyzedText(String text, Map<Language, Analyzer> analyzers) {
    this.text = text;
    this.analyzers = analyzers;
  }

  String text() {
    return text;
  }

  List<Token> tokens(Language language) {
    return tokens.computeIfAbsent(language, l -> analyze(analyzers.get(l), text));
  }

  static List<Token> analyze(Analyzer analyzer, String text) {
    List<Token> result = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        result.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analysing text in memory failed: " + e.getMessage(), e);
    }
    return result;
  }
}
