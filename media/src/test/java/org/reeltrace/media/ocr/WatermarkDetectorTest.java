package org.reeltrace.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatermarkDetectorTest {
  private static TextSighting at(double seconds, String region, String text) {
    return new TextSighting(seconds, region, text, 0.8f);
  }

  /** A TikTok watermark: logo line and handle line per frame, handle spelled as {@code reads} says. */
  private static List<TextSighting> tiktok(String region, double from, String... reads) {
    List<TextSighting> sightings = new ArrayList<>();
    for (int i = 0; i < reads.length; i++) {
      sightings.add(at(from + i, region, "TikTok"));
      sightings.add(at(from + i, region, reads[i]));
    }
    return sightings;
  }

  @Test
  void majorityPerCharacterRepairsLookAlikeConfusions() {
    List<TextSighting> sightings = tiktok("top-left", 0,
        "@lee_0live.12", "@Iee_Olive.12", "@lee_0live.l2", "@1ee_0live.12", "@lee_0Iive.12");

    List<WatermarkHandle> handles = WatermarkDetector.detect(sightings);

    assertThat(handles).singleElement().satisfies(h -> {
      assertThat(h.platform()).isEqualTo("tiktok");
      assertThat(h.handle()).isEqualTo("@lee_0live.12");
      assertThat(h.sightings()).isEqualTo(5);
    });
  }

  @Test
  void movingWatermarkKeepsCornersInOrderAndGainsConfidence() {
    List<TextSighting> moving = new ArrayList<>(tiktok("top-left", 0, "@dance.kim_07", "@dance.kim_07"));
    moving.addAll(tiktok("bottom-right", 2, "@dance.kim_07", "@dance.kim_O7"));
    List<TextSighting> fixed = tiktok("top-left", 0, "@dance.kim_07", "@dance.kim_07", "@dance.kim_07", "@dance.kim_O7");

    WatermarkHandle movingHandle = WatermarkDetector.detect(moving).get(0);
    WatermarkHandle fixedHandle = WatermarkDetector.detect(fixed).get(0);

    assertThat(movingHandle.corners()).containsExactly("top-left", "bottom-right");
    assertThat(movingHandle.moved()).isTrue();
    assertThat(movingHandle.firstSeconds()).isEqualTo(0);
    assertThat(movingHandle.lastSeconds()).isEqualTo(3);
    assertThat(fixedHandle.moved()).isFalse();
    assertThat(movingHandle.confidence()).isGreaterThan(fixedHandle.confidence());
  }

  @Test
  void handleReadInOneFrameOnlyDoesNotCount() {
    assertThat(WatermarkDetector.detect(tiktok("top-left", 0, "@only.once"))).isEmpty();
  }

  @Test
  void handleWithoutAnyPlatformLogoIsACaptionNotAWatermark() {
    List<TextSighting> sightings = List.of(at(0, "bottom", "thanks @best.friend for filming"),
        at(1, "bottom", "thanks @best.friend for filming"), at(2, "bottom", "thanks @best.friend for filming"));

    assertThat(WatermarkDetector.detect(sightings)).isEmpty();
  }

  @Test
  void aHandleStampedAloneWithoutALogoIsAHandleOfUnknownPlatform() {
    List<TextSighting> sightings = List.of(at(0, "bottom-left", "@viral.clipz :"), at(1, "bottom-left", "@viral.c1ipz"),
        at(2, "bottom-left", "@viral.clipz"), at(2, "center", "AN"));

    List<WatermarkHandle> handles = WatermarkDetector.detect(sightings);

    assertThat(handles).extracting(WatermarkHandle::platform).containsExactly(WatermarkHandle.UNKNOWN_PLATFORM);
    assertThat(handles).extracting(WatermarkHandle::handle).containsExactly("@viral.clipz");
    assertThat(handles.get(0).confidence()).isLessThanOrEqualTo(WatermarkDetector.STAMP_WEIGHT);
  }

  @Test
  void aStampReadWithoutItsAtCountsBesideALogo() {
    // lineage evaluation: a re-poster's own stamp "@best.of.tok" beside the logo of a TikTok watermark
    List<TextSighting> sightings = new ArrayList<>(tiktok("top-left", 0, "@mina.makes", "@mina.makes"));
    sightings.addAll(List.of(at(0, "bottom-right", "&best.of.tok"), at(1, "bottom-right", "Sbest.of.tok")));

    assertThat(WatermarkDetector.detect(sightings)).extracting(WatermarkHandle::handle)
        .contains("@mina.makes").anyMatch(h -> h.endsWith("best.of.tok"));
  }

  @Test
  void aShortLoneHandleIsNotAStamp() {
    // watermark evaluation: a small Douyin nickname "@记丽" read as "@icin" in a video whose logo was not read
    List<TextSighting> sightings = List.of(at(0, "top-right", "@icin"), at(1, "top-right", "@icin"),
        at(2, "top-right", "@icin"));

    assertThat(WatermarkDetector.detect(sightings)).isEmpty();
  }

  @Test
  void douyinIdAndChineseNicknameAreDouyinHandles() {
    List<TextSighting> sightings = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      sightings.add(at(i, "top-left", "抖音"));
      sightings.add(at(i, "top-left", i == 1 ? "抖音号：83921O57" : "抖音号: 83921057"));
      sightings.add(at(i, "bottom-right", "@小红帽的日常"));
    }

    List<WatermarkHandle> handles = WatermarkDetector.detect(sightings);

    assertThat(handles).extracting(WatermarkHandle::platform).containsOnly("douyin");
    assertThat(handles).extracting(WatermarkHandle::handle).containsExactlyInAnyOrder("抖音号:83921057", "@小红帽的日常");
  }

  @Test
  void partialReadingOfAHandleIsDroppedInFavourOfTheFullOne() {
    List<TextSighting> sightings = tiktok("top-left", 0, "@jin.woo_2019", "@jin.woo_2019", "@jin.woo_2019");
    sightings.addAll(tiktok("top-left", 3, "@jin.woo_", "@jin.woo_"));

    assertThat(WatermarkDetector.detect(sightings)).extracting(WatermarkHandle::handle).containsExactly("@jin.woo_2019");
  }

  @Test
  void aPartialReadingWithOneMisreadCharacterIsDroppedTooButNotAShortOne() {
    List<TextSighting> sightings = tiktok("top-left", 0, "@trip_tok.yeon", "@trip_tok.yeon", "@trip_tok.yeon");
    sightings.addAll(tiktok("top-left", 3, "@trip_tek", "@trip_tek"));
    sightings.addAll(tiktok("top-left", 5, "@trap", "@trap"));

    assertThat(WatermarkDetector.detect(sightings)).extracting(WatermarkHandle::handle)
        .containsExactlyInAnyOrder("@trip_tok.yeon", "@trap");
  }

  @Test
  void noSightingsNoHandles() {
    assertThat(WatermarkDetector.detect(List.of())).isEmpty();
  }
}
