package org.reeltrace.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeltrace.core.Signal;

class OnScreenSignalsTest {
  @Test
  void watermarkHandleBecomesAnUploaderSignalWithWhereAndWhen() {
    WatermarkHandle handle = new WatermarkHandle("tiktok", "@jin.woo_2019", 7, 3, 9.4, List.of("top-left", "bottom-right"), 0.93);
    List<TextSighting> sightings = List.of(new TextSighting(3, "top-left", "@jin.woo_ 2019", 0.7f),
        new TextSighting(4, "top-left", "@jin.woo_2019", 0.9f), new TextSighting(5, "top-left", "@jin.woo_2019", 0.9f));

    Signal signal = OnScreenSignals.from(List.of(handle), sightings).get(0);

    assertThat(signal.kind()).isEqualTo(Signal.Kind.WATERMARK_HANDLE);
    assertThat(signal.indicates()).isEqualTo("uploader:tiktok:@jin.woo_2019");
    assertThat(signal.matched()).isEqualTo("@jin.woo_2019");
    assertThat(signal.foundIn()).isEqualTo("on-screen 0:03-0:09 top-left, bottom-right");
    assertThat(signal.strength()).isEqualTo(0.93);
  }

  @Test
  void aKnownHandleFoundInUnsureReadingsIsSaidToBeOne() {
    WatermarkHandle known = new WatermarkHandle(WatermarkHandle.UNKNOWN_PLATFORM, "@viral.clipz", 3, 1, 3,
        List.of("top-right"), 0.5);

    List<Signal> signals = OnScreenSignals.from(new ScreenReading(List.of(), List.of(known)));

    assertThat(signals).singleElement().satisfies(s -> {
      assertThat(s.indicates()).isEqualTo("uploader:unknown:@viral.clipz");
      assertThat(s.reference()).startsWith("handle of a stored channel, found in text read unsurely");
    });
  }

  @Test
  void onlyClearRepeatedOtherLinesBecomeOnScreenTextSignals() {
    List<TextSighting> sightings = List.of(
        new TextSighting(1, "bottom", "서울 명동 거리", 0.9f), new TextSighting(2, "bottom", "서울 명동 거리", 0.88f),
        new TextSighting(1, "top", "blurry once", 0.95f),
        new TextSighting(1, "center", "noisy read", 0.5f), new TextSighting(2, "center", "noisy read", 0.5f),
        new TextSighting(1, "top-left", "TikTok", 0.9f), new TextSighting(2, "top-left", "TikTok", 0.9f));

    List<Signal> signals = OnScreenSignals.from(List.of(), sightings);

    assertThat(signals).singleElement().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(Signal.Kind.ON_SCREEN_TEXT);
      assertThat(s.indicates()).isEqualTo("script:hangul");
      assertThat(s.matched()).isEqualTo("서울 명동 거리");
      assertThat(s.foundIn()).isEqualTo("on-screen 0:01 bottom");
    });
  }
}
