package org.reeltrace.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.core.Signal;

/**
 * Real clips: watermarks drawn over the vPDQ sample videos, encoded to H.264, decoded and read with
 * Tesseract (Debian tesseract-ocr, -kor, -chi-sim; fonts-noto-cjk to draw them).
 */
class OnScreenTextTest {
  @TempDir
  static Path clips;
  private static OnScreenText reader;

  @BeforeAll
  static void openReader() {
    reader = OnScreenText.open(OcrOptions.DEFAULTS);
  }

  @AfterAll
  static void closeReader() {
    reader.close();
  }

  private static Path clip(String name, String backdropVideo, WatermarkedClip.Watermark watermark) {
    return clip(name, backdropVideo, watermark, false);
  }

  private static Path clip(String name, String backdropVideo, WatermarkedClip.Watermark watermark, boolean mirrored) {
    Path out = clips.resolve(name + ".mp4");
    try (WatermarkedClip.Backdrop backdrop = WatermarkedClip.Backdrop.video(sampleVideo(backdropVideo))) {
      new WatermarkedClip(backdrop, watermark, 720, 1280, 6, 900, mirrored).write(out);
    }
    return out;
  }

  private static Path smallClip(String name, WatermarkedClip.Watermark watermark) {
    return smallClip(name, watermark, 480, 270, 600);
  }

  private static Path smallClip(String name, WatermarkedClip.Watermark watermark, int width, int height,
      int bitrateKbps) {
    Path out = clips.resolve(name + ".mp4");
    try (WatermarkedClip.Backdrop backdrop = WatermarkedClip.Backdrop.video(sampleVideo("chair-orig-22-sd-bar.mp4"))) {
      new WatermarkedClip(backdrop, watermark, width, height, 6, bitrateKbps, false).write(out);
    }
    return out;
  }

  private static Path sampleVideo(String name) {
    String testdata = System.getProperty("reeltrace.testdata");
    assertThat(testdata).as("system property reeltrace.testdata (set by the root pom)").isNotBlank();
    Path video = Path.of(testdata, "vpdq", "sample-videos", name);
    assertThat(video).as("vPDQ sample video").isRegularFile();
    return video;
  }

  @Test
  void tiktokWatermarkMovingFromTopLeftToBottomRight() throws Exception {
    Path video = clip("tiktok", "chair-orig-22-sd-bar.mp4", new WatermarkedClip.Watermark(
        WatermarkedClip.Platform.TIKTOK, "@seoul_vlog.2024", 26, List.of("top-left", "bottom-right")));

    List<TextSighting> sightings = reader.read(video);
    List<WatermarkHandle> handles = WatermarkDetector.detect(sightings);

    assertThat(handles).singleElement().satisfies(h -> {
      assertThat(h.platform()).isEqualTo("tiktok");
      assertThat(h.handle()).isEqualTo("@seoul_vlog.2024");
      assertThat(h.corners()).containsExactly("top-left", "bottom-right");
      assertThat(h.sightings()).isGreaterThanOrEqualTo(4);
    });
    assertThat(OnScreenSignals.from(handles, sightings)).first().satisfies(s -> {
      assertThat(s.kind()).isEqualTo(Signal.Kind.WATERMARK_HANDLE);
      assertThat(s.indicates()).isEqualTo("uploader:tiktok:@seoul_vlog.2024");
      assertThat(s.foundIn()).startsWith("on-screen 0:0").endsWith("top-left, bottom-right");
    });
  }

  @Test
  void aWatermarkMirroredWithTheVideoIsReadFlippedBack() throws Exception {
    Path video = clip("tiktok-mirrored", "chair-orig-22-sd-bar.mp4", new WatermarkedClip.Watermark(
        WatermarkedClip.Platform.TIKTOK, "@seoul_vlog.2024", 26, List.of("top-left")), true);

    List<WatermarkHandle> handles = WatermarkDetector.detect(reader.read(video));

    assertThat(handles).singleElement().satisfies(h -> {
      assertThat(h.handle()).isEqualTo("@seoul_vlog.2024");
      assertThat(h.corners()).containsExactly("top-right");
    });
  }

  @Test
  void aHandleStampedWithoutALogoIsReadAsAStamp() throws Exception {
    Path video = clip("stamp", "chair-orig-22-sd-bar.mp4", new WatermarkedClip.Watermark(
        WatermarkedClip.Platform.STAMP, "@viral.clipz", 26, List.of("bottom-left")));

    assertThat(platformsAndHandles(video)).containsExactly(WatermarkHandle.UNKNOWN_PLATFORM + " @viral.clipz");
  }

  @Test
  void aKnownHandleIsFoundBesideTheClearLinesAndNoOtherIs() throws Exception {
    Path video = clip("stamp-known", "chair-orig-22-sd-bar.mp4", new WatermarkedClip.Watermark(
        WatermarkedClip.Platform.STAMP, "@viral.clipz", 26, List.of("top-right")));
    KnownHandles known = KnownHandles.of(List.of("viral.clipz", "mega.compilations", "tomas.trails"));

    ScreenReading reading = reader.read(video, known);

    assertThat(reading.lines()).isEqualTo(reader.read(video));
    assertThat(reading.knownHandles()).extracting(WatermarkHandle::handle).containsExactly("@viral.clipz");
    assertThat(reading.handles()).extracting(WatermarkHandle::handle).containsExactly("@viral.clipz");
  }

  @Test
  void aKnownHandleScaledDownWithItsVideoIsFound() throws Exception {
    // a stamp drawn 11 pixels high on a 640 x 360 copy, which a re-poster scaled down to 480 x 270: 8 pixels
    Path video = smallClip("stamp-small", new WatermarkedClip.Watermark(
        WatermarkedClip.Platform.STAMP, "@trend.repost", 8, List.of("top-left")));
    KnownHandles known = KnownHandles.of(List.of("trend.repost", "mega.compilations", "ola.paints"));

    ScreenReading reading = reader.read(video, known);

    assertThat(reading.handles()).extracting(WatermarkHandle::handle).contains("@trend.repost");
  }

  @Test
  void aKnownHandleOnATinyCopyIsFoundAtASecondEnlargement() throws Exception {
    // lineage evaluation seed 117: a copy scaled down to about half (328 x 184) carries a stamp 8 pixels
    // high, which Tesseract misreads at the 3.9 times its corners are enlarged and reads at 4
    Path video = smallClip("stamp-tiny", new WatermarkedClip.Watermark(
        WatermarkedClip.Platform.STAMP, "@trend.repost", 8, List.of("bottom-right")), 328, 184, 400);
    KnownHandles known = KnownHandles.of(List.of("trend.repost", "mega.compilations", "douyin.gems"));

    ScreenReading reading = reader.read(video, known);

    assertThat(reading.handles()).extracting(WatermarkHandle::handle).contains("@trend.repost");
  }

  @Test
  void aKnownHandleOverSwayingGrassIsFoundInTheCornersStillLevels() throws Exception {
    // lineage evaluation seed 10: "@cn.clips.daily" over windblown grass, whose blades' light edges merge
    // with the letters into lines of noise; busy footage's corners are read again in their darkest levels
    // over the frames around (StillLevels), where the blades sink and the handle stays
    Path video = clips.resolve("stamp-on-grass.mp4");
    try (WatermarkedClip.Backdrop grass = WatermarkedClip.Backdrop.swayingBlades(10, 200)) {
      new WatermarkedClip(grass, new WatermarkedClip.Watermark(WatermarkedClip.Platform.STAMP, "@cn.clips.daily", 26,
          List.of("top-right")), 720, 1280, 6, 900).write(video);
    }
    long before = reader.framesRead();
    List<TextSighting> clear = reader.read(video);
    long withoutKnown = reader.framesRead() - before;

    ScreenReading reading = reader.read(video, KnownHandles.of(List.of("cn.clips.daily", "viral.clipz")));

    assertThat(withoutKnown).as("no handles known: read once, 6 s at 1 frame/s").isEqualTo(6);
    assertThat(reading.knownHandles()).extracting(WatermarkHandle::handle).containsExactly("@cn.clips.daily");
    assertThat(reader.framesRead() - before - withoutKnown).as("read as they are and in still levels")
        .isEqualTo(12);
    assertThat(reading.lines()).as("the clear lines are those of the first reading alone").isEqualTo(clear);
  }

  @Test
  void douyinNumericId() throws Exception {
    Path video = clip("douyin-id", "chair-20-sd-bar.mp4", new WatermarkedClip.Watermark(
        WatermarkedClip.Platform.DOUYIN, "抖音号: 83921057", 30, List.of("top-left")));

    assertThat(platformsAndHandles(video)).containsExactly("douyin 抖音号:83921057");
  }

  @Test
  void douyinChineseNickname() throws Exception {
    Path video = clip("douyin-name", "chair-19-sd-bar.mp4", new WatermarkedClip.Watermark(
        WatermarkedClip.Platform.DOUYIN, "@美食日记", 34, List.of("top-left")));

    assertThat(platformsAndHandles(video)).containsExactly("douyin @美食日记");
  }

  @Test
  void aVideoShowingALogoButNoReadableHandleIsReadAgainThreeTimesAsOften() throws Exception {
    Path video = clip("logo-only", "chair-orig-22-sd-bar.mp4", new WatermarkedClip.Watermark(
        WatermarkedClip.Platform.TIKTOK, "new one!", 26, List.of("top-left")));

    long before = reader.framesRead();
    List<TextSighting> sightings = reader.read(video);
    long sampled = reader.framesRead() - before;

    assertThat(sightings).anySatisfy(s -> assertThat(WatermarkText.logo(s.text())).contains("tiktok"));
    assertThat(WatermarkDetector.detect(sightings)).isEmpty();
    // 6 s: about 6 frames at 1 frame/s, then about 18 at 3 frames/s
    assertThat(sampled).isBetween(20L, 28L);
  }

  @Test
  void aWatermarkLineWithALongHandleIsKeptBelowTheMinimumConfidenceOtherLinesNot() {
    // lines and confidences as Tesseract returned them for download watermarks of the lineage evaluation
    assertThat(reader.clearEnough(0.35f, "TikTok{@minatmakes")).isTrue();
    assertThat(reader.clearEnough(0.31f, "TikToktGravirides")).isTrue();
    assertThat(reader.clearEnough(0.25f, "TikTok{@minatmakes")).isFalse();
    assertThat(reader.clearEnough(0.35f, "(@500.\\00.26 TikTok")).isFalse();
    assertThat(reader.clearEnough(0.35f, "@mina.makes so calm")).isFalse();
    assertThat(reader.clearEnough(0.45f, "so calm today")).isTrue();
  }

  @Test
  void aVideoWhoseHandleIsReadIsReadOnce() throws Exception {
    Path video = clip("handle-read", "chair-orig-22-sd-bar.mp4", new WatermarkedClip.Watermark(
        WatermarkedClip.Platform.TIKTOK, "@seoul_vlog.2024", 26, List.of("top-left")));

    long before = reader.framesRead();
    assertThat(WatermarkDetector.detect(reader.read(video))).isNotEmpty();
    assertThat(reader.framesRead() - before).isBetween(5L, 7L);
  }

  @Test
  void clipWithoutWatermarkYieldsNoHandle() throws Exception {
    Path video = clip("plain", "chair-22-with-small-logo-bar.mp4", null);

    assertThat(WatermarkDetector.detect(reader.read(video))).isEmpty();
  }

  @Test
  void missingLanguageNamesThePackageToInstall() {
    OcrOptions klingon = new OcrOptions(1, 0, 0.5, 0.25, 2, false, 0.4f, "eng+tlh", null);

    assertThatThrownBy(() -> OnScreenText.open(klingon))
        .isInstanceOf(TesseractUnavailableException.class)
        .hasMessageContaining("'tlh'").hasMessageContaining("apt-get install -y tesseract-ocr-tlh");
  }

  @Test
  void notAVideoIsUnreadable() throws Exception {
    Path text = Files.writeString(clips.resolve("notes.mp4"), "not a video");

    assertThatThrownBy(() -> reader.read(text)).isInstanceOf(org.reeltrace.media.UnreadableMediaException.class);
  }

  /** "platform handle" of each watermark handle read in the video. */
  private static List<String> platformsAndHandles(Path video) throws Exception {
    return WatermarkDetector.detect(reader.read(video)).stream().map(h -> h.platform() + " " + h.handle()).toList();
  }
}
