package org.reeltrace.analysis.signals;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a versioned lexicon resource ({@code lexicon-v1.tsv}): see its header comment for the columns. */
final class Lexicon {
  static final String VERSION = "lexicon-v1";
  static final String RESOURCE = VERSION + ".tsv";
  static final String HEADER =
      "id\tlanguage\tterm\tmatch\tindicates\tstrength\texclusions\tcontext\tmeaning\tsource";

  private Lexicon() {}

  static List<LexiconEntry> read(String resource) {
    List<LexiconEntry> entries = TsvResource.read(resource, HEADER, Lexicon::entry);
    Set<String> ids = new HashSet<>();
    for (LexiconEntry entry : entries) {
      if (!ids.add(entry.id())) {
        throw new IllegalArgumentException(resource + ": duplicate id " + entry.id());
      }
    }
    return entries;
  }

  static LexiconEntry entry(TsvResource.Row row) {
    double strength;
    try {
      strength = Double.parseDouble(row.cell(5));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("strength must be a number, was '" + row.cell(5) + "'", e);
    }
    List<String> exclusions = row.cell(6).isEmpty() ? List.of() : Arrays.asList(row.cell(6).split("\\|", -1));
    if (!row.cell(7).equals("any") && !row.cell(7).equals("kana")) {
      throw new IllegalArgumentException("context must be any or kana, was '" + row.cell(7) + "'");
    }
    return new LexiconEntry(row.cell(0), Language.parse(row.cell(1)), row.cell(2),
        MatchMode.parse(row.cell(3)), row.cell(4), strength, exclusions, row.cell(7).equals("kana"),
        row.cell(8), row.cell(9));
  }
}
