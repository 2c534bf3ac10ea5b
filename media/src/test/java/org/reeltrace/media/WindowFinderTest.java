package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reeltrace.fingerprint.PdqHash;

class WindowFinderTest {
  private final FrameFingerprinter fingerprinter = new FrameFingerprinter(FrameSampling.perSecond(2), 50);
  private final WindowFinder finder = new WindowFinder();

  @Test
  void findsTheWindowOfAnOffCentreCropAndItsHashesMatchTheCopy() throws Exception {
    SampledVideo original = fingerprinter.sample(SampleVideos.video("pattern-hd-no-bar.mp4"));
    PictureWindow kept = new PictureWindow(0.13, 0.04, 0.79, 0.84);
    SampledVideo cropped = transformed(original, kept::cut);

    Optional<PictureWindow> found = finder.find(cropped, original);

    assertThat(found).isPresent();
    assertClose(found.get(), kept);
    // the window's hashes are the copy's, frame by frame, within the aligner's threshold
    List<FrameFingerprint> window = fingerprinter.fingerprint(original, found.get()).frames();
    List<FrameFingerprint> copy = fingerprinter.fingerprint(cropped).frames();
    assertThat(window).hasSameSizeAs(copy).isNotEmpty();
    for (int i = 0; i < copy.size(); i++) {
      PdqHash a = window.get(i).hashes().original();
      assertThat(a.distance(copy.get(i).hashes().original())).as("frame %d", i).isLessThanOrEqualTo(48);
    }
  }

  @Test
  void findsAnInsetOverOtherFootage() throws Exception {
    SampledVideo original = fingerprinter.sample(SampleVideos.video("chair-22-sd-grey-bar.mp4"));
    SampledVideo background = fingerprinter.sample(SampleVideos.video("pattern-hd-no-bar.mp4"));
    // the chair without its bars (149x256) at half the size of the portrait pattern (144x256)
    PictureWindow inset = new PictureWindow(0.38, 0.12, 0.5, 0.5);
    List<LumaFrame> composed = new ArrayList<>();
    for (int i = 0; i < Math.min(original.pictures().size(), background.pictures().size()); i++) {
      composed.add(overlay(background.pictures().get(i), original.pictures().get(i), inset));
    }
    LumaFrame first = composed.get(0);
    SampledVideo pip = new SampledVideo(composed, CropRect.whole(first.width(), first.height()), first.width(),
        first.height(), composed.size(), Optional.empty());

    Optional<PictureWindow> found = finder.find(original, pip);

    assertThat(found).isPresent();
    assertClose(found.get(), inset);
  }

  @Test
  void aWindowOutsideThePictureIsRejectedWithItsValues() {
    assertThatThrownBy(() -> new PictureWindow(0.5, 0, 0.6, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.500,0.000,0.600x1.000");
  }

  private static void assertClose(PictureWindow found, PictureWindow expected) {
    assertThat(found.x()).as("x of %s", found.label()).isCloseTo(expected.x(), within(0.01));
    assertThat(found.y()).as("y of %s", found.label()).isCloseTo(expected.y(), within(0.01));
    assertThat(found.width()).as("width of %s", found.label()).isCloseTo(expected.width(), within(0.01));
    assertThat(found.height()).as("height of %s", found.label()).isCloseTo(expected.height(), within(0.01));
  }

  private static SampledVideo transformed(SampledVideo video, java.util.function.UnaryOperator<LumaFrame> f) {
    List<LumaFrame> pictures = video.pictures().stream().map(f).toList();
    LumaFrame first = pictures.get(0);
    return new SampledVideo(pictures, CropRect.whole(first.width(), first.height()), first.width(),
        first.height(), pictures.size(), Optional.empty());
  }

  /** {@code top} area-scaled into {@code window} of {@code bottom}. */
  private static LumaFrame overlay(LumaFrame bottom, LumaFrame top, PictureWindow window) {
    int x0 = (int) Math.round(window.x() * bottom.width());
    int y0 = (int) Math.round(window.y() * bottom.height());
    int w = (int) Math.round(window.width() * bottom.width());
    int h = (int) Math.round(window.height() * bottom.height());
    float[] scaled = new float[w * h];
    new AreaScaler(top.width(), top.height(), w, h).scale(top.luma(), scaled);
    byte[] out = bottom.luma().clone();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[(y0 + y) * bottom.width() + x0 + x] = (byte) Math.round(scaled[y * w + x]);
      }
    }
    return new LumaFrame(bottom.frameNumber(), bottom.timestampSeconds(), bottom.width(), bottom.height(), out);
  }
}
