package org.reeltrace.analysis.signals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reeltrace.core.Signal;

/**
 * Finds the creator saying they are an outsider: a visitor, foreigner or tourist, on a trip or tour,
 * or not affiliated with anyone ("I'm a tourist", 저는 외국인 관광객입니다, 我是游客, 観光客として), in
 * Korean, Chinese, English and Japanese, from the versioned pattern list {@code disclosure-v1.tsv}.
 * Negated statements ("I am not a tourist", 관광객이 아닙니다) do not count.
 *
 * <p>Each signal has kind {@link Signal.Kind#SELF_DISCLOSURE}, indicates {@code outsider}, the
 * pattern's strength, {@code matched} = the span as written, the caller's {@code foundIn} and reference
 * {@code "disclosure-v1 <id>: <meaning>"}; one per pattern and distinct matched text. Thread-safe.
 */
public final class SelfDisclosureDetector {
  static final String VERSION = "disclosure-v1";
  static final String HEADER = "id\tlanguage\tpattern\tstrength\tnegatable\tmeaning";
  /** The token every self-disclosure signal indicates. */
  public static final String OUTSIDER = "outsider";

  private final List<DisclosurePattern> patterns;

  private SelfDisclosureDetector(List<DisclosurePattern> patterns) {
    this.patterns = patterns;
  }

  /** The detector over the bundled patterns (disclosure-v1); fails if the resource is malformed. */
  public static SelfDisclosureDetector load() {
    return new SelfDisclosureDetector(TsvResource.read(VERSION + ".tsv", HEADER, SelfDisclosureDetector::pattern));
  }

  /**
   * The self-disclosure signals in a text.
   *
   * @param text    any text; null or blank gives none
   * @param foundIn where the text came from, e.g. {@code bio}, {@code caption}, {@code transcript}
   */
  public List<Signal> detect(String text, String foundIn) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String written = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    String normal = TerminologyDetector.normalize(written);
    Map<String, Signal> signals = new LinkedHashMap<>();
    for (DisclosurePattern p : patterns) {
      Matcher m = p.pattern().matcher(normal);
      while (m.find()) {
        if (p.negatable() && Negation.negated(normal, m.start(), m.end(), p.language())) {
          continue;
        }
        String matched = written.substring(m.start(), m.end()).strip();
        signals.computeIfAbsent(p.id() + '\u0000' + matched, key -> new Signal(Signal.Kind.SELF_DISCLOSURE,
            OUTSIDER, matched, foundIn, p.strength(), VERSION + " " + p.id() + ": " + p.meaning()));
      }
    }
    return List.copyOf(signals.values());
  }

  private static DisclosurePattern pattern(TsvResource.Row row) {
    Pattern regex;
    try {
      regex = Pattern.compile(row.cell(2), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalArgumentException("pattern does not compile: " + e.getDescription(), e);
    }
    double strength;
    try {
      strength = Double.parseDouble(row.cell(3));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("strength must be a number, was '" + row.cell(3) + "'", e);
    }
    if (!row.cell(4).equals("yes") && !row.cell(4).equals("no")) {
      throw new IllegalArgumentException("negatable must be yes or no, was '" + row.cell(4) + "'");
    }
    return new DisclosurePattern(row.cell(0), Language.parse(row.cell(1)), regex, strength,
        row.cell(4).equals("yes"), row.cell(5));
  }
}
