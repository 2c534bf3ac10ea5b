package org.reeltrace.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnownHandlesTest {
  private static final KnownHandles ARCHIVE =
      KnownHandles.of(List.of("viral.clipz", "@mega.compilations", "cn.clips.daily", "douyin.gems", "mina", " "));

  private static TextSighting at(double seconds, String region, String text, float confidence) {
    return new TextSighting(seconds, region, text, confidence);
  }

  @Test
  void aHandleIsFoundInAnUnsureReadingWithItsMarksMisread() {
    // lineage evaluation, "@viral.clipz" stamped over light footage at 640 x 360
    assertThat(ARCHIVE.namedIn("N : , a@virallc lipz")).hasValue("@viral.clipz");
    assertThat(ARCHIVE.namedIn("7 ， avViraleenhipz")).isEmpty();
    assertThat(ARCHIVE.namedIn("3megr'compilations")).hasValue("@mega.compilations");
    assertThat(ARCHIVE.namedIn("Lcniclips-daily ~")).hasValue("@cn.clips.daily");
    assertThat(ARCHIVE.namedIn("TikTok xdouyin.aems")).hasValue("@douyin.gems");
  }

  @Test
  void otherTextAndShortHandlesAreNotFound() {
    assertThat(ARCHIVE.namedIn("no way this is real #fyp")).isEmpty();
    assertThat(ARCHIVE.namedIn("Mina")).isEmpty();
    assertThat(ARCHIVE.size()).isEqualTo(4);
  }

  @Test
  void ofTwoHandlesFoundWithTheSameEditsNeitherIsNamed() {
    KnownHandles twins = KnownHandles.of(List.of("best.of.tok", "best.of.tik"));

    assertThat(twins.namedIn("best.of.tak")).isEmpty();
    assertThat(twins.namedIn("best.of.tok")).hasValue("@best.of.tok");
  }

  @Test
  void aHandleCountsWhenNamedInTwoFrames() {
    List<TextSighting> sightings = List.of(at(1, "top-right", "aviralfe lipz", 0.35f),
        at(2, "top-right", "a@virallc lipz", 0.53f), at(2, "bottom-left", "@mega.compilations", 0.9f),
        at(3, "top-right", "@viralfelipz", 0.06f));

    List<WatermarkHandle> found = ARCHIVE.find(sightings);

    assertThat(found).extracting(WatermarkHandle::handle).containsExactly("@viral.clipz");
    assertThat(found.get(0).platform()).isEqualTo(WatermarkHandle.UNKNOWN_PLATFORM);
    assertThat(found.get(0).sightings()).isEqualTo(3);
    assertThat(found.get(0).confidence()).isLessThanOrEqualTo(WatermarkDetector.STAMP_WEIGHT);
  }

  @Test
  void editsWithinCountsOnlyTheBestStretch() {
    assertThat(KnownHandles.editsWithin("viralclipz", "xxviralclipzyy")).isZero();
    assertThat(KnownHandles.editsWithin("viralclipz", "aviralfelipz")).isEqualTo(2);
    assertThat(KnownHandles.editsWithin("abc", "")).isEqualTo(3);
  }

  @Test
  void noHandlesFindNothing() {
    assertThat(KnownHandles.NONE.find(List.of(at(0, "top", "@viral.clipz", 0.9f), at(1, "top", "@viral.clipz", 0.9f))))
        .isEmpty();
  }
}
