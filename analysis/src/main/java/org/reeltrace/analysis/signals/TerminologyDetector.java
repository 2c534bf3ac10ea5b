package org.reeltrace.analysis.signals;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.reeltrace.core.Signal;

/**
 * Finds terminology tells in a text: words whose use points to one community (북한 is South Korean
 * usage, 조선 and 로동 DPRK usage, 朝鲜 mainland Chinese, 北韓 Taiwan/Hong Kong, "North Korea" foreign)
 * from the versioned lexicon {@code lexicon-v1.tsv}.
 *
 * <p>Each signal has kind {@link Signal.Kind#TERMINOLOGY}, the entry's {@code indicates} token and
 * strength, {@code matched} = the span as written in the text (a whole hashtag when found in one),
 * the caller's {@code foundIn}, and reference {@code "lexicon-v1 <id>: <source>"}. One signal per entry
 * and distinct matched text, in the order of the lexicon. Instances are thread-safe.
 */
public final class TerminologyDetector {
  private final List<TermMatcher> matchers;
  private final Map<Language, Analyzer> analyzers;

  private TerminologyDetector(List<LexiconEntry> entries) {
    this.analyzers = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      Analyzer analyzer = language.newAnalyzer();
      if (analyzer != null) {
        analyzers.put(language, analyzer);
      }
    }
    this.matchers = entries.stream().map(entry -> new TermMatcher(entry, analyzers)).toList();
  }

  /** The detector over the bundled lexicon (lexicon-v1); fails if the resource is missing or malformed. */
  public static TerminologyDetector load() {
    return new TerminologyDetector(Lexicon.read(Lexicon.RESOURCE));
  }

  /** The lexicon's version, as cited in every signal's reference. */
  public String lexiconVersion() {
    return Lexicon.VERSION;
  }

  /**
   * The terminology signals in a text.
   *
   * @param text    any text (caption, bio, channel name, hashtags, transcript, on-screen text); null or
   *                blank gives none
   * @param foundIn where the text came from, e.g. {@code caption}, {@code hashtag}, {@code on-screen 0:12}
   */
  public List<Signal> detect(String text, String foundIn) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String written = Normalizer.normalize(text, Normalizer.Form.NFC);
    String normal = normalize(written);
    List<Hashtag> hashtags = Hashtag.find(normal);
    AnalyzedText body = new AnalyzedText(Hashtag.blankOut(normal, hashtags), analyzers);
    List<AnalyzedText> hashtagWords = hashtags.stream()
        .map(hashtag -> new AnalyzedText(hashtag.words(), analyzers)).toList();
    Map<String, Signal> signals = new LinkedHashMap<>();
    for (TermMatcher matcher : matchers) {
      for (int[] span : matcher.find(body)) {
        add(signals, matcher.entry(), written.substring(span[0], span[1]), foundIn);
      }
      for (int i = 0; i < hashtags.size(); i++) {
        Hashtag hashtag = hashtags.get(i);
        if (!matcher.find(hashtagWords.get(i)).isEmpty() || matcher.inCompactHashtag(hashtag.words())) {
          add(signals, matcher.entry(),
              written.substring(hashtag.start(), hashtag.end()), foundIn);
        }
      }
    }
    return List.copyOf(signals.values());
  }

  private static void add(Map<String, Signal> signals, LexiconEntry entry, String matched, String foundIn) {
    signals.computeIfAbsent(entry.id() + '\u0000' + matched, key -> new Signal(Signal.Kind.TERMINOLOGY,
        entry.indicates(), matched, foundIn, entry.strength(),
        Lexicon.VERSION + " " + entry.id() + ": " + entry.source()));
  }

  /**
   * The text as matched: NFC (Hangul typed on some systems arrives as separate jamo) and the
   * typographic apostrophe as ' (same length, so offsets still point into the NFC text as written).
   */
  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).replace('\u2019', '\'');
  }
}
