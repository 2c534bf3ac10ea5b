package org.reeltrace.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WatermarkTextTest {
  @Test
  void logoWordsToleratesOneMisreadLetter() {
    assertThat(WatermarkText.logo("(J) TikTok")).hasValue("tiktok");
    assertThat(WatermarkText.logo("TikTek")).hasValue("tiktok");
    assertThat(WatermarkText.logo("抖音")).hasValue("douyin");
    assertThat(WatermarkText.logo("回拌音")).hasValue("douyin");
    assertThat(WatermarkText.logo("Tik the clock")).isEmpty();
    assertThat(WatermarkText.logo("Douyin ID: xiaomao_cc")).hasValue("douyin");
    assertThat(WatermarkText.logo("douyinfan")).isEmpty();
  }

  @Test
  void douyinInsideAHandleIsNoLogo() {
    assertThat(WatermarkText.logo("“@douyin.aems")).isEmpty();
    assertThat(WatermarkText.logo("\\ 내 douyin.gems")).isEmpty();
    assertThat(WatermarkText.logo("' 3 douyin:gent")).isEmpty();
    assertThat(WatermarkText.logo("xdouyin.aems")).isEmpty();
    assertThat(WatermarkText.logo("Douyin")).hasValue("douyin");
    assertThat(WatermarkText.logo("Douyin.")).hasValue("douyin");
  }

  @Test
  void aLoneNameReadWithoutItsAtMayBeginWithMarksAndHaveItsPeriodsMisread() {
    assertThat(WatermarkText.loneHandle("&best.of.tok")).hasValue("@best.of.tok");
    assertThat(WatermarkText.loneHandle(":mega'compilations")).hasValue("@mega.compilations");
    assertThat(WatermarkText.loneHandle("Sceniclips:daily ~")).hasValue("@Sceniclips.daily");
    assertThat(WatermarkText.loneHandle("2019-08-01")).isEmpty();
    assertThat(WatermarkText.loneHandle("12:30:45 PM")).isEmpty();
    assertThat(WatermarkText.loneHandle("Note: rain")).isEmpty();
  }

  @Test
  void aLoneHandleIsALineOfOnlyTheHandleAndAStrayMark() {
    assertThat(WatermarkText.loneHandle("@viral.clipz ：")).hasValue("@viral.clipz");
    assertThat(WatermarkText.loneHandle("|@mega,compilations")).hasValue("@mega.compilations");
    assertThat(WatermarkText.loneHandle("thanks @best.friend")).isEmpty();
    assertThat(WatermarkText.loneHandle("@one.name @two.name")).isEmpty();
    assertThat(WatermarkText.loneHandle("@小红帽的日常")).isEmpty();
    assertThat(WatermarkText.loneHandle("| sdaily.reels.hub")).hasValue("@sdaily.reels.hub");
    assertThat(WatermarkText.loneHandle("、 \\ G daily.reels.hub,")).hasValue("@daily.reels.hub");
    assertThat(WatermarkText.loneHandle("Edaily redistiat")).isEmpty();
    assertThat(WatermarkText.loneHandle("North Korea")).isEmpty();
  }

  @Test
  void handlesJoinTesseractsSplitAfterUnderscoreButNotAfterAFullStop() {
    assertThat(texts("@jin.woo_ 2019")).containsExactly("@jin.woo_2019");
    assertThat(texts("follow @minji. now")).containsExactly("@minji");
  }

  @Test
  void aPeriodReadAsAColonCommaOrSemicolonInsideAHandleIsAPeriod() {
    assertThat(texts("TikTok @trend:repost")).containsExactly("@trend.repost");
    assertThat(texts("@daily,reels;hub")).containsExactly("@daily.reels.hub");
    assertThat(texts("by @mina: so calm")).containsExactly("@mina");
  }

  @Test
  void aDownloadWatermarksMisreadAtIsAnAt() {
    assertThat(texts("| TikTok 8douyin:gems")).containsExactly("@douyin.gems");
    assertThat(texts("TikTok sdouyin.gems")).containsExactly("@douyin.gems");
    assertThat(texts("TikTok @ douyin.gems")).containsExactly("@douyin.gems");
    assertThat(WatermarkText.handles("TikTok made me buy it")).isEmpty();
    assertThat(WatermarkText.handles("TikTok")).isEmpty();
    assertThat(WatermarkText.handles("so calm today")).isEmpty();
  }

  @Test
  void aLogoWordAndNameReadAsOneWordAreSplitAfterTheLogo() {
    assertThat(texts("TikToktGravirides")).containsExactly("@Gravirides");
    assertThat(texts("' TikTok(eravilrides,")).containsExactly("@ravilrides");
    assertThat(texts("Tik Toktaniinasnrakes")).containsExactly("@aniinasnrakes");
    assertThat(WatermarkText.handles("TikTokers")).isEmpty();
    assertThat(WatermarkText.handles("TikTok is great")).isEmpty();
  }

  @Test
  void periodsReadAsOtherMarksInsideAHandleArePeriods() {
    assertThat(texts("TikTokiatrend!repost")).containsExactly("@atrend.repost");
    assertThat(texts("Tik Lakg@viral-clipz")).containsExactly("@viral.clipz");
    assertThat(texts("TikTok @mina'makes")).containsExactly("@mina.makes");
    assertThat(texts("TikTok aviral'clipz")).containsExactly("@viral.clipz");
  }

  @Test
  void aDouyinIdAfterAMisreadIdLabelIsADouyinId() {
    assertThat(texts("DouyinllD:xiaomao_cc")).containsExactly("抖音号:xiaomao_cc");
    assertThat(texts("Douyin|ID:yxiaomaa")).containsExactly("抖音号:yxiaomaa");
    assertThat(WatermarkText.handles("Douyin is fun: really")).isEmpty();
  }

  @Test
  void aNumericDouyinIdAfterAGarbledLabelIsADouyinId() {
    assertThat(WatermarkText.handles("$15: 83921057")).singleElement()
        .isEqualTo(new WatermarkText.Handle("抖音号:83921057", true));
    assertThat(texts("f:1 ==: 83921057")).containsExactly("抖音号:83921057");
    assertThat(WatermarkText.handles("call me now: 0123456789")).isEmpty();
    assertThat(WatermarkText.handles("part 2: 2019")).isEmpty();
  }

  @Test
  void douyinIdsAcceptFullWidthColonAndNoColon() {
    assertThat(texts("拌音号: 83921057 \\、 .")).containsExactly("抖音号:83921057");
    assertThat(texts("抖音号：dy_8821")).containsExactly("抖音号:dy_8821");
    assertThat(texts("Douyin ID: xiaomao_cc")).containsExactly("抖音号:xiaomao_cc");
    assertThat(WatermarkText.handles("抖音号 12345678")).singleElement()
        .satisfies(h -> assertThat(h.douyinOnly()).isTrue());
  }

  @Test
  void accentedLatinLettersInAHandleAreTheirBaseLetters() {
    assertThat(texts("TikTok{@trend:répost")).containsExactly("@trend.repost");
    assertThat(WatermarkText.logo("TikTök")).hasValue("tiktok");
    assertThat(WatermarkText.loneHandle("@vïral.clipz")).hasValue("@viral.clipz");
    assertThat(WatermarkText.withoutLatinDiacritics("@북한여행 ø Chosŏn")).isEqualTo("@북한여행 ø Choson");
    assertThat(texts("@북한여행")).singleElement().isEqualTo("@북한여행");
  }

  @Test
  void nonAsciiNamesCanOnlyBeDouyin() {
    assertThat(WatermarkText.handles("@小红帽")).singleElement().isEqualTo(new WatermarkText.Handle("@小红帽", true));
    assertThat(WatermarkText.handles("四美食日记")).singleElement().isEqualTo(new WatermarkText.Handle("@美食日记", true));
    assertThat(WatermarkText.handles("回拌音")).isEmpty();
    assertThat(WatermarkText.handles("@abc_1")).singleElement().isEqualTo(new WatermarkText.Handle("@abc_1", false));
  }

  /** The handles read in the line, as text. */
  private static List<String> texts(String line) {
    return WatermarkText.handles(line).stream().map(WatermarkText.Handle::text).toList();
  }
}
