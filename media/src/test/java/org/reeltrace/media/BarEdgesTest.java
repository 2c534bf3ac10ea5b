package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BarEdgesTest {
  private static final int WIDTH = 72;
  private static final int HEIGHT = 128;
  /** The finer grid the frames are drawn on before being area-averaged to their size, as a scaler does. */
  private static final int FINE = 5;

  @Test
  void findsAnEdgeInsideTheLineThatBlendsBarAndPicture() {
    // picture from 43.4 to 84.8 lines: lines 43 and 84 are blends
    List<LumaFrame> frames = letterboxed(43.4, 84.8, 0);

    PictureEdges fromBelow = BarEdges.of(frames, new CropRect(0, 43, WIDTH, 42));
    PictureEdges fromAbove = BarEdges.of(frames, new CropRect(0, 44, WIDTH, 40));

    assertThat(fromBelow.top()).isCloseTo(43.4, within(0.1));
    assertThat(fromBelow.bottom()).isCloseTo(84.8, within(0.1));
    assertThat(fromAbove.top()).isCloseTo(fromBelow.top(), within(0.02));
    assertThat(fromAbove.bottom()).isCloseTo(fromBelow.bottom(), within(0.02));
    assertThat(fromBelow.left()).isEqualTo(0);
    assertThat(fromBelow.right()).isEqualTo(WIDTH);
  }

  @Test
  void findsTheEdgesOfAWhiteBand() {
    List<LumaFrame> frames = letterboxed(30.6, 97.2, 235);

    PictureEdges edges = BarEdges.of(frames, new CropRect(0, 31, WIDTH, 66));

    assertThat(edges.top()).isCloseTo(30.6, within(0.15));
    assertThat(edges.bottom()).isCloseTo(97.2, within(0.15));
  }

  @Test
  void leavesAnEdgeWhereTextInTheBarTouchesThePicture() {
    List<LumaFrame> frames = new ArrayList<>();
    for (LumaFrame f : letterboxed(43.0, 85.0, 0)) {
      byte[] luma = f.luma().clone();
      for (int x = 10; x < 60; x += 2) {
        luma[41 * WIDTH + x] = (byte) 230; // a line of caption two lines above the picture
      }
      frames.add(new LumaFrame(f.frameNumber(), f.timestampSeconds(), WIDTH, HEIGHT, luma));
    }

    PictureEdges edges = BarEdges.of(frames, new CropRect(0, 43, WIDTH, 42));

    assertThat(edges.top()).isEqualTo(43);
  }

  @Test
  void resamplesTwoCutsOfOnePictureAlike() {
    List<LumaFrame> frames = letterboxed(43.4, 84.8, 0);
    CropRect below = new CropRect(0, 43, WIDTH, 42);
    CropRect above = new CropRect(0, 44, WIDTH, 41);
    LumaFrame frame = frames.get(0);

    byte[] resampledBelow = BarEdges.of(frames, below).resample(frame, below);
    byte[] resampledAbove = BarEdges.of(frames, above).resample(frame, above);

    double resampled = difference(bands(resampledBelow, below.height()), bands(resampledAbove, above.height()));
    double cut = difference(bands(below.cut(frame), below.height()), bands(above.cut(frame), above.height()));
    assertThat(resampled).isLessThan(cut / 4);
  }

  @Test
  void leavesAFrameWithoutBarsWhole() {
    List<LumaFrame> frames = letterboxed(0, HEIGHT, 0);
    CropRect whole = CropRect.whole(WIDTH, HEIGHT);

    assertThat(BarEdges.of(frames, whole)).isEqualTo(PictureEdges.of(whole));
    assertThat(PictureEdges.of(whole).resample(frames.get(0), whole)).isEqualTo(frames.get(0).luma());
  }

  /**
   * Frames of a smooth random picture between rows {@code top} and {@code bottom} (fractions of a line) over
   * a bar of luma {@code bar}, drawn on a grid {@value #FINE} times finer and area-averaged.
   */
  private static List<LumaFrame> letterboxed(double top, double bottom, int bar) {
    Random random = new Random(7);
    List<LumaFrame> frames = new ArrayList<>();
    for (int f = 0; f < 6; f++) {
      double[] phases = {random.nextDouble() * 6, random.nextDouble() * 6, random.nextDouble() * 6};
      byte[] luma = new byte[WIDTH * HEIGHT];
      for (int y = 0; y < HEIGHT; y++) {
        for (int x = 0; x < WIDTH; x++) {
          double sum = 0;
          for (int fy = 0; fy < FINE; fy++) {
            double py = y + (fy + 0.5) / FINE;
            for (int fx = 0; fx < FINE; fx++) {
              double px = x + (fx + 0.5) / FINE;
              sum += py >= top && py < bottom ? picture(px, py, phases) : bar;
            }
          }
          luma[y * WIDTH + x] = (byte) Math.round(sum / (FINE * FINE));
        }
      }
      frames.add(new LumaFrame(f, f, WIDTH, HEIGHT, luma));
    }
    return frames;
  }

  private static double picture(double x, double y, double[] phases) {
    return 150 + 40 * Math.sin(x / 5.0 + phases[0]) + 30 * Math.cos(y / 4.0 + phases[1])
        + 20 * Math.sin((x + y) / 7.0 + phases[2]);
  }

  /** The picture's mean luma in each of 16 horizontal bands of equal height (fractions of lines weighted). */
  private static double[] bands(byte[] luma, int height) {
    double[] means = new double[16];
    double step = (double) height / means.length;
    for (int b = 0; b < means.length; b++) {
      double from = b * step;
      double to = from + step;
      double sum = 0;
      for (int y = (int) from; y < Math.min(height, Math.ceil(to)); y++) {
        double share = Math.min(to, y + 1) - Math.max(from, y);
        for (int x = 0; x < WIDTH; x++) {
          sum += share * (luma[y * WIDTH + x] & 0xff);
        }
      }
      means[b] = sum / (step * WIDTH);
    }
    return means;
  }

  private static double difference(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += Math.abs(a[i] - b[i]);
    }
    return sum;
  }
}
