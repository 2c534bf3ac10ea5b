package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.media.SyntheticClip.Camera;
import org.reeltrace.media.SyntheticClip.Spec;
import org.reeltrace.media.SyntheticClip.Window;

class BarEdgesTest {
  private static final int WIDTH = 72;
  private static final int HEIGHT = 128;
  /** The finer grid the frames are drawn on before being area-averaged to their size, as a scaler does. */
  private static final int FINE = 5;

  @TempDir
  Path temp;

  @Test
  void aLetterboxedCopyAndItsReEncodeWithAHandleInTheBarReadTheSameEdgesAndHashesAlike() throws Exception {
    // lineage evaluation seed 124: a 16:9 picture letterboxed into 360x640 at rows 219-422, and a re-post of
    // it with a handle drawn in the bottom bar; at the working size (144x256) the picture spans 87.6-168.8
    BufferedImage photo = SyntheticClip.photo(SampleVideos.testdata().resolve("pdq/data/bridge-mods/aaa-orig.jpg"));
    Path source = SyntheticClip.write(Spec.of(photo, Camera.PAN, 40, Window.NONE).withSize(640, 360, 4),
        temp.resolve("source.mp4"));
    Path boxed = RedrawnClip.write(source, temp.resolve("boxed.mp4"), 360, 640, picture -> {
      BufferedImage out = new BufferedImage(360, 640, BufferedImage.TYPE_3BYTE_BGR);
      Graphics2D g = out.createGraphics();
      g.drawImage(picture, 0, 219, 360, 203, null);
      g.dispose();
      return out;
    });
    Path stamped = RedrawnClip.write(boxed, temp.resolve("stamped.mp4"), 360, 640, picture -> {
      Graphics2D g = picture.createGraphics();
      g.setColor(Color.WHITE);
      g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 22));
      g.drawString("@mega.compilations", 150, 600);
      g.dispose();
      return picture;
    });
    FrameFingerprinter fingerprinter = new FrameFingerprinter(FrameSampling.perSecond(5), 50);

    SampledVideo a = fingerprinter.sample(boxed);
    SampledVideo b = fingerprinter.sample(stamped);

    assertThat(a.edges().top()).isCloseTo(87.6, within(0.2));
    assertThat(a.edges().bottom()).isCloseTo(168.8, within(0.2));
    assertThat(b.edges().top()).isCloseTo(a.edges().top(), within(0.1));
    assertThat(b.edges().bottom()).isCloseTo(a.edges().bottom(), within(0.1));
    List<FrameFingerprint> framesA = fingerprinter.fingerprint(a).frames();
    List<FrameFingerprint> framesB = fingerprinter.fingerprint(b).frames();
    assertThat(framesB).hasSameSizeAs(framesA);
    for (int i = 0; i < framesA.size(); i++) {
      assertThat(framesA.get(i).hashes().original().distance(framesB.get(i).hashes().original()))
          .as("bits between the copies' frame %d", i).isLessThanOrEqualTo(16);
    }
  }

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

    byte[] resampledBelow = new PictureResampler(BarEdges.of(frames, below), below, WIDTH, HEIGHT).cut(frame);
    byte[] resampledAbove = new PictureResampler(BarEdges.of(frames, above), above, WIDTH, HEIGHT).cut(frame);

    double resampled = difference(bands(resampledBelow, below.height()), bands(resampledAbove, above.height()));
    double cut = difference(bands(below.cut(frame), below.height()), bands(above.cut(frame), above.height()));
    assertThat(resampled).isLessThan(cut / 4);
  }

  @Test
  void leavesAFrameWithoutBarsWhole() {
    List<LumaFrame> frames = letterboxed(0, HEIGHT, 0);
    CropRect whole = CropRect.whole(WIDTH, HEIGHT);

    assertThat(BarEdges.of(frames, whole)).isEqualTo(PictureEdges.of(whole));
    assertThat(new PictureResampler(PictureEdges.of(whole), whole, WIDTH, HEIGHT).cut(frames.get(0)))
        .isEqualTo(frames.get(0).luma());
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
