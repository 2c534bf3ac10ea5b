package org.reeltrace.bench.capture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TallyTest {
  @Test
  void countsAndRatios() {
    Tally tally = new Tally();
    tally.add(true, true);
    tally.add(true, false);
    tally.add(false, true);
    tally.add(false, false);
    tally.addWrongPositive();

    assertThat(tally.cases()).isEqualTo(6);
    assertThat(tally.cells()).isEqualTo("1 | 2 | 2 | 1 | 0.333 | 0.333");
  }

  @Test
  void undefinedRatiosShowADash() {
    Tally tally = new Tally();
    tally.add(false, false);

    assertThat(tally.cells()).isEqualTo("0 | 0 | 0 | 1 | – | –");
  }

  @Test
  void corpusHasThirtyClipsAndThirtyTagCases() {
    assertThat(CaptureCorpus.tags()).hasSize(30);
    assertThat(CaptureCorpus.tags()).extracting(TagCase::name).doesNotHaveDuplicates();
  }
}
