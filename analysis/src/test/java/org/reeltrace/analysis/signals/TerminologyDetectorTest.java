package org.reeltrace.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeltrace.core.Signal;

class TerminologyDetectorTest {
  private static final TerminologyDetector DETECTOR = TerminologyDetector.load();

  private static List<String> indicated(String text) {
    return DETECTOR.detect(text, "caption").stream().map(Signal::indicates).distinct().toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"북한", "북한의 수도", "북한에서 왔어요", "북한은", "평양, 북한"})
  void inflectedBukhanIsSouthKoreanUsage(String text) {
    assertThat(indicated(text)).containsExactly("south-korean-usage");
  }

  @Test
  void signalCarriesTheSpanAsWrittenAndTheCitedEntry() {
    List<Signal> signals = DETECTOR.detect("북한에서 찍은 영상", "bio");

    assertThat(signals).singleElement().satisfies(signal -> {
      assertThat(signal.kind()).isEqualTo(Signal.Kind.TERMINOLOGY);
      assertThat(signal.matched()).isEqualTo("북한");
      assertThat(signal.foundIn()).isEqualTo("bio");
      assertThat(signal.strength()).isEqualTo(0.6);
      assertThat(signal.reference()).startsWith("lexicon-v1 ko-bukhan: ").contains("Names_of_Korea");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"조선시대 궁궐", "조선일보 단독", "조선 왕조 실록", "거제 조선소", "조선업 불황", "조선족 동포",
      "고조선 건국 신화", "TV조선 뉴스", "북한산 등산", "북한강 자전거길", "노동자 파업", "노동 시간 단축", "협력사 채용",
      "전력사용량", "朝鲜族美食", "朝鲜王朝历史", "韩国首尔", "中華人民共和国の建国"})
  void hardNegativesGiveNothing(String text) {
    assertThat(indicated(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "우리 조선의 힘|dprk-official-usage",
      "조선로동당 창건|dprk-official-usage",
      "로동신문 사설|dprk-official-usage",
      "력사의 땅|dprk-official-usage",
      "남조선 괴뢰|dprk-official-usage",
      "한반도 평화|south-korean-usage",
      "노동신문 보도 분석|south-korean-usage",
      "朝鲜旅游|mainland-chinese-usage",
      "北韓旅遊|hk-taiwan-usage",
      "北韩阅兵|hk-taiwan-usage",
      "DPRK celebrates|dprk-official-usage",
      "The Democratic People’s Republic of Korea|dprk-official-usage",
      "south Korean puppets|dprk-official-usage",
      "Inside North Korea's capital|outsider-usage",
      "北朝鮮のミサイル|japanese-usage",
      "共和国の偉大な成果|dprk-official-usage"})
  void tellsPointToTheirCommunity(String text, String indicates) {
    assertThat(indicated(text)).containsExactly(indicates);
  }

  @Test
  void lowerCaseSouthIsKcnaStyleButCapitalSouthIsNot() {
    assertThat(indicated("south Korea")).containsExactly("dprk-official-usage");
    assertThat(indicated("South Korea")).isEmpty();
  }

  @Test
  void republicAloneCountsOnlyInJapaneseText() {
    assertThat(indicated("共和国勋章")).isEmpty();
    assertThat(indicated("共和国の英雄")).containsExactly("dprk-official-usage");
  }

  @Test
  void hashtagsAreSplitAndReportedWhole() {
    List<Signal> signals = DETECTOR.detect("평양 거리 #북한여행 #NorthKorea #dprk_travel #northkoreatrip", "hashtag");

    assertThat(signals).extracting(Signal::matched)
        .containsExactlyInAnyOrder("#북한여행", "#NorthKorea", "#dprk_travel", "#northkoreatrip");
    assertThat(signals).filteredOn(s -> s.matched().equals("#NorthKorea"))
        .extracting(Signal::indicates).containsExactly("outsider-usage");
  }

  @Test
  void caseSensitiveTermsDoNotMatchInsideRunTogetherHashtags() {
    assertThat(indicated("#southkorea")).isEmpty();
  }

  @Test
  void repeatedTermGivesOneSignal() {
    assertThat(DETECTOR.detect("북한 북한 북한", "caption")).hasSize(1);
  }

  @Test
  void decomposedHangulIsNormalised() {
    String jamo = java.text.Normalizer.normalize("북한의 수도", java.text.Normalizer.Form.NFD);

    assertThat(DETECTOR.detect(jamo, "caption")).extracting(Signal::matched).containsExactly("북한");
  }

  @Test
  void blankTextGivesNothing() {
    assertThat(DETECTOR.detect("  ", "caption")).isEmpty();
    assertThat(DETECTOR.detect(null, "caption")).isEmpty();
  }

  @Test
  void reportsItsLexiconVersion() {
    assertThat(DETECTOR.lexiconVersion()).isEqualTo("lexicon-v1");
  }
}
