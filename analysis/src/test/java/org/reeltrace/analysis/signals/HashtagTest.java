package org.reeltrace.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashtagTest {
  @Test
  void splitsCaseChangesUnderscoresAndDigits() {
    assertThat(Hashtag.find("a #NorthKorea b #dprk_travel #Pyongyang2019 #북한여행"))
        .extracting(Hashtag::words)
        .containsExactly("North Korea", "dprk travel", "Pyongyang 2019", "북한여행");
  }

  @Test
  void blankingKeepsOffsets() {
    String text = "평양 #북한 거리";

    assertThat(Hashtag.blankOut(text, Hashtag.find(text))).isEqualTo("평양     거리");
  }
}
