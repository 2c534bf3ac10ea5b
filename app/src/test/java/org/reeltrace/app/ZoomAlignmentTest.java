package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The zoom pass of {@code reeltrace match} on a real zoomed-in copy (8 % cut off each side, see SOURCES.md). */
class ZoomAlignmentTest {
  private final VideoFingerprinting fingerprinting = new VideoFingerprinting(VideoFingerprinting.DEFAULT_FPS);

  @Test
  void aZoomedInCopyMatchesTheNearestWindowOfItsSourceWhicheverSideItIs() throws Exception {
    FrameHashes source = fingerprinting.fingerprint(TestData.otherVideo(), 0);
    FrameHashes copy = fingerprinting.fingerprint(
        Path.of(ZoomAlignmentTest.class.getResource("zoomed-doorknob.mp4").toURI()), 0);
    ZoomAlignment alignment = new ZoomAlignment();

    Optional<ZoomAlignment.ZoomMatch> copyFirst = alignment.best("copy", copy, "source", source);
    Optional<ZoomAlignment.ZoomMatch> sourceFirst = alignment.best("source", source, "copy", copy);

    // 84 % of each side kept: between the windows 0.85 and 0.825
    assertThat(copyFirst).hasValueSatisfying(m -> {
      assertThat(m.view()).matches("zoom 0\\.8(5|25) of reference");
      assertThat(m.match().queryAlignedPercent()).isGreaterThan(80);
    });
    assertThat(sourceFirst).hasValueSatisfying(m -> {
      assertThat(m.view()).matches("zoom 0\\.8(5|25) of query");
      assertThat(m.match().queryAlignedPercent()).isGreaterThan(80);
    });
  }

  @Test
  void unrelatedFootageMatchesNoWindow() throws Exception {
    FrameHashes copy = fingerprinting.fingerprint(
        Path.of(ZoomAlignmentTest.class.getResource("zoomed-doorknob.mp4").toURI()), 0);
    FrameHashes other = fingerprinting.fingerprint(TestData.root().resolve("vpdq/sample-videos/pattern-hd-no-bar.mp4"), 0);
    ZoomAlignment alignment = new ZoomAlignment();

    assertThat(alignment.best("copy", copy, "other", other)).isEmpty();
    assertThat(alignment.best("other", other, "copy", copy)).isEmpty();
  }

  @Test
  void windowsAreLabelledByTheShareOfEachSideTheyKeep() {
    assertThat(ZoomWindow.ZOOM_92_5.label()).isEqualTo("zoom 0.925");
    assertThat(ZoomWindow.ZOOM_80.label()).isEqualTo("zoom 0.8");
  }
}
