package org.reeltrace.bench.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.analysis.signals.SelfDisclosureDetector;
import org.reeltrace.analysis.signals.TerminologyDetector;

class TextSignalScoresTest {
  private static final TerminologyDetector TERMS = TerminologyDetector.load();
  private static final SelfDisclosureDetector SELF = SelfDisclosureDetector.load();
  private static final List<String> TYPES = List.of("dprk-official-usage", "south-korean-usage",
      "mainland-chinese-usage", "hk-taiwan-usage", "outsider-usage", "japanese-usage", "outsider");

  @Test
  void developmentSetMeetsTheMinimumPerSignalType() throws Exception {
    List<LabelledText> set = LabelledText.read(resource("labelled-dev.tsv"));
    TextSignalScores scores = TextSignalScores.score(set, TERMS, SELF);

    assertThat(set).hasSizeGreaterThanOrEqualTo(150);
    assertThat(set).extracting(LabelledText::language).contains("ko", "zh", "en", "ja");
    assertMinimum(scores.byType(), 0.95, 0.95);
  }

  @Test
  void heldOutSetMeetsALowerMinimumPerSignalType() throws Exception {
    TextSignalScores scores = TextSignalScores.score(LabelledText.read(resource("labelled-held-out.tsv")), TERMS, SELF);

    assertMinimum(scores.byType(), 0.8, 0.8);
    assertThat(scores.all().precision()).isGreaterThanOrEqualTo(0.9);
    assertThat(scores.all().recall()).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void countsEachTokenOncePerText(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("set.tsv");
    Files.writeString(file, LabelledText.HEADER + "\n"
        + "a\tko\tcaption\tsouth-korean-usage\t북한 북한 #북한\n"
        + "b\ten\tcaption\t-\tI'm a tourist\n"
        + "c\ten\tcaption\toutsider-usage\tnothing here\n");

    TextSignalScores scores = TextSignalScores.score(LabelledText.read(file), TERMS, SELF);

    assertThat(scores.byType().get("south-korean-usage").truePositives()).isEqualTo(1);
    assertThat(scores.byType().get("outsider").falsePositives()).isEqualTo(1);
    assertThat(scores.byType().get("outsider-usage").falseNegatives()).isEqualTo(1);
    assertThat(scores.byLanguage().get("en").precision()).isEqualTo(0.0);
    assertThat(scores.markdown("t")).contains("| south-korean-usage | 1 | 0 | 0 | 1.000 | 1.000 |");
  }

  @Test
  void badLabelledLineNamesFileAndLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("set.tsv");
    Files.writeString(file, LabelledText.HEADER + "\nx\tfr\tcaption\t-\tbonjour\n");

    assertThatThrownBy(() -> LabelledText.read(file))
        .hasMessage(file + " line 2: language must be one of ko, zh, en, ja, was fr");
  }

  private static void assertMinimum(Map<String, Tally> byType, double precision, double recall) {
    assertThat(byType).containsKeys(TYPES.toArray(String[]::new));
    byType.forEach((type, tally) -> {
      assertThat(tally.precision()).as("precision of " + type).isGreaterThanOrEqualTo(precision);
      assertThat(tally.recall()).as("recall of " + type).isGreaterThanOrEqualTo(recall);
    });
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(TextSignalScoresTest.class.getResource(name).toURI());
  }
}
