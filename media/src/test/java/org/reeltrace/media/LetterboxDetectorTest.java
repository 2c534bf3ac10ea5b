package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LetterboxDetectorTest {
  private final LetterboxDetector detector = new LetterboxDetector();

  @Test
  void findsBlackBarsAboveAndBelow() {
    List<LumaFrame> frames = frames(5, 160, 90, 12, 10, 0, 0, 0);

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(0, 12, 160, 68));
  }

  @Test
  void findsGreyBarsLeftAndRight() {
    List<LumaFrame> frames = frames(5, 90, 160, 0, 0, 8, 14, 128);

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(8, 0, 68, 160));
  }

  @Test
  void keepsTheWholeFrameWithoutBars() {
    assertThat(detector.detect(frames(3, 64, 48, 0, 0, 0, 0, 0))).isEqualTo(CropRect.whole(64, 48));
  }

  @Test
  void ignoresFlatFrames() {
    byte[] black = new byte[64 * 48];
    List<LumaFrame> frames = List.of(new LumaFrame(0, 0, 64, 48, black), new LumaFrame(1, 1, 64, 48, black));

    assertThat(detector.detect(frames)).isEqualTo(CropRect.whole(64, 48));
  }

  @Test
  void aDarkEdgeThatChangesBetweenFramesIsNoBar() {
    List<LumaFrame> frames = frames(4, 80, 60, 10, 0, 0, 0, 0);
    // in the last frame the "bar" rows brighten: a dark scene, not a bar
    byte[] luma = frames.get(3).luma().clone();
    for (int i = 0; i < 10 * 80; i++) {
      luma[i] = (byte) 90;
    }
    frames.set(3, new LumaFrame(3, 3, 80, 60, luma));

    assertThat(detector.detect(frames)).isEqualTo(CropRect.whole(80, 60));
  }

  @Test
  void neverKeepsLessThanAFifthOfTheFrame() {
    List<LumaFrame> frames = frames(3, 100, 100, 41, 41, 0, 0, 0);

    assertThat(detector.detect(frames)).isEqualTo(CropRect.whole(100, 100));
  }

  @Test
  void removesTheBarsOfAWideClipLetterboxedIntoAPortraitFrame() {
    // 16:9 picture in a 9:16 frame: about a third of the height is picture
    List<LumaFrame> frames = frames(3, 90, 160, 55, 55, 0, 0, 0);

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(0, 55, 90, 50));
  }

  @Test
  void removesTheBarsOfACinemascopeClipLetterboxedIntoAPortraitFrame() {
    // 2.39:1 picture in a 9:16 frame: 24 % of the height is picture
    List<LumaFrame> frames = frames(3, 90, 160, 61, 61, 0, 0, 0);

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(0, 61, 90, 38));
  }

  @Test
  void textBurntIntoTheBottomBarStaysInsideTheBar() {
    // a download watermark ("TikTok @handle") drawn 8 rows above the bottom edge, inside a 55-row bar
    List<LumaFrame> frames = frames(3, 90, 160, 55, 55, 0, 0, 0);
    for (LumaFrame frame : frames) {
      drawText(frame, 160 - 16, 160 - 8, 40);
    }

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(0, 55, 90, 50));
  }

  @Test
  void overlaysReachingIntoPillarboxBarsStayInsideTheBars() {
    // a 9:16 picture pillarboxed into a wider frame; a logo box overlaps the left bar near the top and a
    // download watermark runs into the right bar near the bottom, each over a few of the bar's rows
    List<LumaFrame> frames = frames(3, 171, 256, 0, 0, 11, 11, 0);
    for (LumaFrame frame : frames) {
      for (int y = 12; y < 30; y++) {
        for (int x = 6; x < 40; x++) {
          frame.luma()[y * 171 + x] = (byte) 235;
        }
      }
      for (int y = 240; y < 250; y++) {
        for (int x = 120; x < 168; x += 2) {
          frame.luma()[y * 171 + x] = (byte) 220;
        }
      }
    }

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(11, 0, 149, 256));
  }

  @Test
  void aMostlyDarkEdgeThatChangesBetweenFramesIsNoBar() {
    // a dark picture edge with a little detail: mostly uniform, but its level moves with the footage
    List<LumaFrame> frames = frames(3, 100, 100, 0, 0, 0, 0, 0);
    for (LumaFrame frame : frames) {
      int level = 10 + 30 * (int) frame.frameNumber();
      for (int y = 0; y < 100; y++) {
        for (int x = 0; x < 8; x++) {
          frame.luma()[y * 100 + x] = (byte) (y % 10 == 0 ? 200 : level);
        }
      }
    }

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(0, 0, 100, 100));
  }

  @Test
  void aStaticBandNotFollowedByBarIsPicture() {
    // the band of text runs into the picture: the bar ends where the text begins
    List<LumaFrame> frames = frames(3, 90, 160, 0, 10, 0, 0, 0);
    for (LumaFrame frame : frames) {
      for (int y = 160 - 14; y < 160 - 10; y++) {
        for (int x = 0; x < 90; x++) {
          frame.luma()[y * 90 + x] = (byte) (x % 2 == 0 ? 20 : 200);
        }
      }
    }

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(0, 0, 90, 150));
  }

  @Test
  void aPlainBackgroundWhoseEdgeMovesIsPictureHoweverTheFramesAreSampled() {
    // an animation: a plain sky above a shape whose top moves between frames; a trimmed copy sees other frames
    List<LumaFrame> frames = skyAboveShape(30, 25, 20, 14, 22, 28);

    assertThat(detector.detect(frames)).isEqualTo(CropRect.whole(160, 90));
    assertThat(detector.detect(frames.subList(0, 3))).isEqualTo(CropRect.whole(160, 90));
    // the older crop, kept beside: the sky's rows plain in every frame
    assertThat(detector.detectCrops(frames).withoutFlatEdges()).isEqualTo(new CropRect(0, 14, 160, 76));
  }

  @Test
  void aPlainSkyWithAWatermarkInItIsPictureHoweverTheFramesAreSampled() {
    // a download watermark drawn into an animation's plain sky; in one frame the shape rises to 3 rows under it
    List<LumaFrame> frames = skyAboveShape(30, 26, 22, 12, 28, 24);
    frames.forEach(frame -> drawText(frame, 4, 9, 40));

    assertThat(detector.detect(frames)).isEqualTo(CropRect.whole(160, 90));
    assertThat(detector.detect(frames.subList(0, 3))).isEqualTo(CropRect.whole(160, 90));
  }

  @Test
  void aBarEndsWhereAPlainBackgroundOfAnotherLevelBegins() {
    // a wide animation letterboxed into a portrait frame: black bars, then the picture's plain sky
    int[] skyRows = {12, 18, 20, 16};
    List<LumaFrame> frames = frames(skyRows.length, 90, 160, 55, 55, 0, 0, 16);
    for (int f = 0; f < skyRows.length; f++) {
      paint(frames.get(f), 55, 55 + skyRows[f], 170);
    }

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(0, 55, 90, 50));
  }

  @Test
  void twoLinesOfTextInTheBottomBarStayInsideTheBar() {
    // a re-poster's download watermark drawn under the one of the post it downloaded, 2 rows apart
    List<LumaFrame> frames = frames(3, 90, 160, 55, 55, 0, 0, 0);
    for (LumaFrame frame : frames) {
      drawText(frame, 160 - 22, 160 - 17, 30);
      drawText(frame, 160 - 15, 160 - 10, 30);
    }

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(0, 55, 90, 50));
  }

  @Test
  void aMemesCaptionBandWithAWatermarkRightAboveTheCaptionIsBar() {
    // lineage evaluation seed 126: a 540x492 meme at the working size, its white band 76 rows; "TikTok @handle"
    // drawn right above the caption's first line makes one band of text 26 rows high (11 % of the frame's
    // rows), then the caption's second line, 18 rows
    List<LumaFrame> frames = frames(3, 256, 233, 76, 14, 0, 0, 235);
    for (LumaFrame frame : frames) {
      drawText(frame, 7, 33, 8, 20);
      drawText(frame, 40, 58, 100, 20);
    }

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(0, 76, 256, 143));
  }

  @Test
  void aDarkSceneContinuingTheTopBarTakesTheBottomBarsHeight() {
    // a night sky as black as the letterbox above it, reaching down a varying number of rows
    int[] skyRows = {20, 25, 15};
    List<LumaFrame> frames = frames(skyRows.length, 90, 160, 55, 55, 0, 0, 16);
    for (int f = 0; f < skyRows.length; f++) {
      paint(frames.get(f), 55, 55 + skyRows[f], 16);
    }

    assertThat(detector.detect(frames)).isEqualTo(new CropRect(0, 55, 90, 50));
  }

  @Test
  void findsThePillarboxOfASampleVideo() throws Exception {
    List<LumaFrame> frames = FrameReader.of(FrameSampling.ONE_PER_SECOND)
        .readAll(SampleVideos.video("chair-22-sd-grey-bar.mp4"));

    CropRect crop = detector.detect(frames);

    // ffmpeg's cropdetect reports crop=416:720:32:0 for this video
    assertThat(crop.y()).isZero();
    assertThat(crop.height()).isEqualTo(720);
    assertThat(crop.x()).isBetween(30, 34);
    assertThat(crop.width()).isBetween(412, 420);
  }

  @Test
  void findsNoBarsInAVideoWithout() throws Exception {
    List<LumaFrame> frames = FrameReader.of(FrameSampling.ONE_PER_SECOND)
        .readAll(SampleVideos.video("pattern-hd-no-bar.mp4"));

    assertThat(detector.detect(frames)).isEqualTo(CropRect.whole(720, 1280));
  }

  @Test
  void rejectsFramesOfDifferentSizes() {
    List<LumaFrame> frames = List.of(frames(1, 10, 10, 0, 0, 0, 0, 0).get(0), frames(1, 12, 10, 0, 0, 0, 0, 0).get(0));

    assertThatThrownBy(() -> detector.detect(frames))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frames differ in size: 10x10 and 12x10");
  }

  /** 160 × 90 frames of texture under a plain sky (level 170) reaching down the given rows, one frame each. */
  private static List<LumaFrame> skyAboveShape(int... skyRows) {
    List<LumaFrame> frames = frames(skyRows.length, 160, 90, 0, 0, 0, 0, 0);
    for (int f = 0; f < skyRows.length; f++) {
      paint(frames.get(f), 0, skyRows[f], 170);
    }
    return frames;
  }

  /** Light strokes every third sample from column {@code x} to the right edge's last 5, rows {@code from} to {@code to} (exclusive). */
  private static void drawText(LumaFrame frame, int from, int to, int x) {
    drawText(frame, from, to, x, 230);
  }

  /** Strokes of luma {@code level} every third sample from column {@code x} to the right edge's last 5. */
  private static void drawText(LumaFrame frame, int from, int to, int x, int level) {
    for (int y = from; y < to; y++) {
      for (int i = x; i < frame.width() - 5; i += 3) {
        frame.luma()[y * frame.width() + i] = (byte) level;
      }
    }
  }

  /** Paints rows {@code from} (inclusive) to {@code to} (exclusive) of {@code frame} at {@code level}, plus ±2 noise. */
  private static void paint(LumaFrame frame, int from, int to, int level) {
    Random random = new Random(from * 31L + to);
    for (int y = from; y < to; y++) {
      for (int x = 0; x < frame.width(); x++) {
        frame.luma()[y * frame.width() + x] = (byte) (level + random.nextInt(5) - 2);
      }
    }
  }

  /** Frames of random texture with uniform bars of the given sizes and value (plus ±2 noise). */
  private static List<LumaFrame> frames(int count, int width, int height, int top, int bottom, int left, int right,
      int barValue) {
    Random random = new Random(count * 31L + width);
    List<LumaFrame> frames = new ArrayList<>();
    for (int f = 0; f < count; f++) {
      byte[] luma = new byte[width * height];
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          boolean bar = y < top || y >= height - bottom || x < left || x >= width - right;
          int v = bar ? barValue + random.nextInt(5) - 2 : 40 + random.nextInt(180);
          luma[y * width + x] = (byte) Math.max(0, Math.min(255, v));
        }
      }
      frames.add(new LumaFrame(f, f, width, height, luma));
    }
    return frames;
  }
}
