package org.reeltrace.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeltrace.core.Signal;

class SelfDisclosureDetectorTest {
  private static final SelfDisclosureDetector DETECTOR = SelfDisclosureDetector.load();

  @ParameterizedTest
  @ValueSource(strings = {"I'm a tourist in Pyongyang", "As a foreigner, this was surprising",
      "We were touring the city", "My trip to North Korea, day 3", "Our guide said no photos",
      "Not affiliated with any government.", "저는 외국인 관광객입니다", "관광객으로서 본 평양",
      "평양 여행 중입니다", "어떤 단체와도 무관한 개인 채널입니다", "我是游客", "作为外国游客参观平壤", "跟团去平壤",
      "本频道与任何官方机构无关", "私は観光客です", "観光客として平壌を歩く", "ツアーに参加して平壌へ",
      "いかなる団体とも関係ありません"})
  void outsiderStatementsFire(String text) {
    assertThat(DETECTOR.detect(text, "caption")).isNotEmpty()
        .allSatisfy(signal -> assertThat(signal.indicates()).isEqualTo("outsider"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"I am not a tourist, I live here", "I'm not visiting, I work here",
      "I was never a tourist there", "Never visited Pyongyang", "저는 관광객이 아닙니다", "외국인이 아니라 주민입니다",
      "我不是游客", "我并不是游客", "私は観光客ではありません", "僕は外国人じゃないです"})
  void negatedStatementsDoNotFire(String text) {
    assertThat(DETECTOR.detect(text, "caption")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tourists flood Seoul", "Visitors are not allowed to film here", "명동에 외국인 관광객이 늘었다",
      "景区游客太多了", "京都は観光客でいっぱい", "He is not affiliated? Really?"})
  void thirdPersonTalkDoesNotFire(String text) {
    assertThat(DETECTOR.detect(text, "caption")).isEmpty();
  }

  @Test
  void negationInAnEarlierSentenceDoesNotCancel() {
    assertThat(DETECTOR.detect("Not sponsored. I'm a tourist here.", "caption")).isNotEmpty();
  }

  @Test
  void signalCarriesSpanAndPattern() {
    List<Signal> signals = DETECTOR.detect("Hi! I’m a tourist.", "bio");

    assertThat(signals).singleElement().satisfies(signal -> {
      assertThat(signal.kind()).isEqualTo(Signal.Kind.SELF_DISCLOSURE);
      assertThat(signal.matched()).isEqualTo("I’m a tourist");
      assertThat(signal.foundIn()).isEqualTo("bio");
      assertThat(signal.reference()).startsWith("disclosure-v1 en-i-am-outsider: ");
    });
  }
}
