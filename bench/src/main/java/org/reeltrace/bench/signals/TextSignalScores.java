package org.reeltrace.bench.signals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reeltrace.analysis.signals.SelfDisclosureDetector;
import org.reeltrace.analysis.signals.TerminologyDetector;
import org.reeltrace.core.Signal;

/**
 * Precision and recall of the text signals over a labelled set, per signal type (indicates token)
 * and per language. A text counts once per token: a token is found when any signal of the text
 * indicates it, expected when the label lists it.
 */
final class TextSignalScores {
  private final Map<String, Tally> byType = new TreeMap<>();
  private final Map<String, Tally> byLanguage = new TreeMap<>();
  private final Tally all = new Tally();
  private final List<String> mistakes = new ArrayList<>();
  private int texts;

  static TextSignalScores score(List<LabelledText> set, TerminologyDetector terms, SelfDisclosureDetector self) {
    TextSignalScores scores = new TextSignalScores();
    for (LabelledText text : set) {
      List<Signal> signals = new ArrayList<>(terms.detect(text.text(), text.foundIn()));
      signals.addAll(self.detect(text.text(), text.foundIn()));
      Set<String> found = new HashSet<>();
      signals.forEach(signal -> found.add(signal.indicates()));
      scores.add(text, found);
    }
    return scores;
  }

  private void add(LabelledText text, Set<String> found) {
    texts++;
    Set<String> tokens = new TreeSet<>(text.expected());
    tokens.addAll(found);
    for (String token : tokens) {
      boolean expected = text.expected().contains(token);
      boolean detected = found.contains(token);
      byType.computeIfAbsent(token, t -> new Tally()).add(expected, detected);
      byLanguage.computeIfAbsent(text.language(), l -> new Tally()).add(expected, detected);
      all.add(expected, detected);
      if (expected != detected) {
        mistakes.add((detected ? "FP " : "FN ") + token + "\t" + text.id() + "\t" + text.text());
      }
    }
    byLanguage.computeIfAbsent(text.language(), l -> new Tally());
  }

  Map<String, Tally> byType() {
    return byType;
  }

  Map<String, Tally> byLanguage() {
    return byLanguage;
  }

  Tally all() {
    return all;
  }

  /** One line per wrong token: FP or FN, the token, the text's id and the text. */
  List<String> mistakes() {
    return mistakes;
  }

  /** Markdown: a table per signal type and one per language. */
  String markdown(String title) {
    StringBuilder md = new StringBuilder();
    md.append(String.format(Locale.ROOT, "%s (%d texts)%n%n", title, texts));
    table(md, "signal type", byType);
    md.append('\n');
    table(md, "language", byLanguage);
    return md.toString();
  }

  private void table(StringBuilder md, String what, Map<String, Tally> rows) {
    md.append("| ").append(what).append(" | TP | FP | FN | precision | recall |\n|---|---:|---:|---:|---:|---:|\n");
    rows.forEach((name, tally) -> row(md, name, tally));
    row(md, "**all**", all);
  }

  private static void row(StringBuilder md, String name, Tally t) {
    md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f |%n", name, t.truePositives(),
        t.falsePositives(), t.falseNegatives(), t.precision(), t.recall()));
  }
}
