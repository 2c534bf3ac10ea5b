package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OverlayRemoverTest {
  private static final int WIDTH = 256;
  private static final int HEIGHT = 144;

  @Test
  void aStillLogoOnMovingFootageIsPaintedOverWithTheFootageAroundIt() {
    SampledVideo copy = video(20, true, true);
    SampledVideo painted = new OverlayRemover().paintOver(copy);

    for (int i = 0; i < 20; i++) {
      LumaFrame before = copy.pictures().get(i);
      LumaFrame after = painted.pictures().get(i);
      // the white logo box (20..60 x 10..40) is gone: its centre now holds mid-grey footage
      assertThat(after.at(40, 25)).isBetween(70, 190);
      assertThat(before.at(40, 25)).isEqualTo(255);
      // footage far from the logo is untouched
      assertThat(after.at(200, 100)).isEqualTo(before.at(200, 100));
      assertThat(after.timestampSeconds()).isEqualTo(before.timestampSeconds());
    }
  }

  @Test
  void footageWithoutOverlaysIsLeftAsItIs() {
    SampledVideo clean = video(20, true, false);

    SampledVideo painted = new OverlayRemover().paintOver(clean);

    for (int i = 0; i < 20; i++) {
      assertThat(painted.pictures().get(i)).isSameAs(clean.pictures().get(i));
    }
  }

  @Test
  void aStillShotIsLeftAsItIsSinceStandingStillSaysNothingThere() {
    SampledVideo still = video(20, false, true);

    SampledVideo painted = new OverlayRemover().paintOver(still);

    assertThat(painted.pictures()).containsExactlyElementsOf(still.pictures());
  }

  @Test
  void tooFewPicturesToJudgeAreLeftAsTheyAre() {
    SampledVideo shortVideo = video(OverlayRemover.MIN_FRAMES - 1, true, true);

    assertThat(new OverlayRemover().paintOver(shortVideo)).isSameAs(shortVideo);
  }

  @Test
  void fillingAveragesOnlyTheUnmaskedCellsNearby() {
    float[] grid = new float[OverlayRemover.GRID * OverlayRemover.GRID];
    boolean[] mask = new boolean[grid.length];
    java.util.Arrays.fill(grid, 100);
    grid[0] = 255;
    mask[0] = true;

    float[] fill = OverlayRemover.fill(grid, mask);

    assertThat(fill[0]).isEqualTo(100f);
  }

  @Test
  void aSmallStillAreaTouchingTheMaskIsAddedWholeAndALargeOneIsNot() {
    int cells = OverlayRemover.GRID * OverlayRemover.GRID;
    boolean[] mask = new boolean[cells];
    boolean[] still = new boolean[cells];
    // a 10 x 10 still box whose corner is masked, and a still band of 20 rows (16 % of the picture)
    for (int y = 0; y < 10; y++) {
      for (int x = 0; x < 10; x++) {
        still[y * OverlayRemover.GRID + x] = true;
      }
    }
    mask[0] = true;
    for (int c = 60 * OverlayRemover.GRID; c < 80 * OverlayRemover.GRID; c++) {
      still[c] = true;
    }
    mask[70 * OverlayRemover.GRID + 5] = true;

    boolean[] out = OverlayRemover.withEnclosedStillness(mask, still);

    assertThat(out[9 * OverlayRemover.GRID + 9]).isTrue();
    assertThat(out[70 * OverlayRemover.GRID + 5]).isTrue();
    assertThat(out[70 * OverlayRemover.GRID + 50]).isFalse();
  }

  @Test
  void selectionFindsWhatSortingWould() {
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 200; round++) {
      float[] values = new float[1 + random.nextInt(300)];
      for (int i = 0; i < values.length; i++) {
        values[i] = random.nextInt(20) / 4f; // many ties, as deviations have
      }
      float[] sorted = values.clone();
      java.util.Arrays.sort(sorted);
      int k = random.nextInt(values.length);

      assertThat(OverlayRemover.smallest(values.clone(), k)).isEqualTo(sorted[k]);
    }
  }

  /** Smooth low-contrast footage drifting right (or standing still), with or without a white logo box. */
  private static SampledVideo video(int frames, boolean moving, boolean logo) {
    List<LumaFrame> pictures = new ArrayList<>();
    for (int i = 0; i < frames; i++) {
      byte[] luma = new byte[WIDTH * HEIGHT];
      double shift = moving ? i * 9.0 : 0;
      for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < WIDTH; x++) {
          double v = 128 + 30 * Math.sin((x + shift) / 11.0) * Math.cos((y + shift / 2) / 13.0);
          if (logo && x >= 20 && x < 60 && y >= 10 && y < 40) {
            v = 255;
          }
          luma[y * WIDTH + x] = (byte) (int) Math.round(v);
        }
      }
      pictures.add(new LumaFrame(i * 6L, i * 0.2, WIDTH, HEIGHT, luma));
    }
    return new SampledVideo(pictures, CropRect.whole(WIDTH, HEIGHT), WIDTH, HEIGHT, frames, Optional.empty());
  }
}
