package org.reeltrace.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  private static final String ROW_PREFIX = "ko-x\tko\t북한\ttoken\tsouth-korean-usage\t";

  @Test
  void bundledLexiconCoversFourLanguagesWithSources() {
    List<LexiconEntry> entries = Lexicon.read(Lexicon.RESOURCE);

    assertThat(entries).extracting(LexiconEntry::language).contains(Language.values());
    assertThat(entries).allSatisfy(entry -> assertThat(entry.source()).containsAnyOf("http", "Wikipedia"));
    assertThat(entries).extracting(LexiconEntry::indicates).contains("dprk-official-usage",
        "south-korean-usage", "mainland-chinese-usage", "hk-taiwan-usage", "outsider-usage");
  }

  @Test
  void badStrengthNamesTheLine() {
    assertThatThrownBy(() -> read(ROW_PREFIX + "1.5\t\tany\tmeaning\tsource"))
        .hasMessage("test.tsv line 2: strength must be 0..1, was 1.5");
  }

  @Test
  void unknownMatchModeNamesTheLine() {
    assertThatThrownBy(() -> read("ko-x\tko\t북한\tfuzzy\tsouth-korean-usage\t0.5\t\tany\tmeaning\tsource"))
        .hasMessage("test.tsv line 2: match must be one of token, phrase, phrase-ci, word-start, was fuzzy");
  }

  @Test
  void missingColumnNamesTheLine() {
    assertThatThrownBy(() -> read(ROW_PREFIX + "0.5\tmeaning\tsource"))
        .hasMessage("test.tsv line 2: expected 10 tab-separated columns, found 8");
  }

  @Test
  void tokenModeNeedsAnAnalyzer() {
    assertThatThrownBy(() -> read("ja-x\tja\t北朝鮮\ttoken\tjapanese-usage\t0.5\t\tany\tmeaning\tsource"))
        .hasMessageContaining("line 2: match token needs an analyzer; ja has none");
  }

  private static List<LexiconEntry> read(String row) throws Exception {
    String tsv = Lexicon.HEADER + "\n" + row + "\n";
    return TsvResource.read("test.tsv", new BufferedReader(new StringReader(tsv)), Lexicon.HEADER,
        Lexicon::entry);
  }
}
