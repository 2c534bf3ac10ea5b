package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reeltrace.fingerprint.align.VideoMatch;

/** How two matched real videos frame their footage, from their stored zoom windows. */
class PairZoomTest {
  private final VideoFingerprinting fingerprinting = new VideoFingerprinting(VideoFingerprinting.DEFAULT_FPS);

  @Test
  void aCopyCroppedTo84PercentIsReadAsZoomedInOnItsSourceEitherWayRound() throws Exception {
    FrameHashes source = fingerprinting.fingerprint(TestData.otherVideo(), 0);
    FrameHashes copy = fingerprinting.fingerprint(resource("zoomed-doorknob.mp4"), 0);
    CopyIndex index = new CopyIndex();
    index.add("source", source);
    VideoMatch copyToSource = index.search("copy", copy, null).get(0).match();
    CopyIndex copies = new CopyIndex();
    copies.add("copy", copy);
    VideoMatch sourceToCopy = copies.search("source", source, null).get(0).match();

    // the copy keeps 0.84 of each side; the nearest windows are 0.85 and 0.825
    assertThat(PairZoom.of(copy, source, copyToSource)).isBetween(0.82, 0.86);
    assertThat(1 / PairZoom.of(source, copy, sourceToCopy)).isBetween(0.82, 0.86);
  }

  @Test
  void copiesFramedAlikeAreNotZoomed() throws Exception {
    FrameHashes source = fingerprinting.fingerprint(TestData.root().resolve("vpdq/sample-videos/pattern-longer-no-bar.mp4"), 0);
    FrameHashes copy = fingerprinting.fingerprint(resource("logo-caption-pattern.mp4"), 0);
    CopyIndex index = new CopyIndex();
    index.add("source", source);
    VideoMatch match = index.search("copy", copy, null).get(0).match();

    assertThat(PairZoom.of(copy, source, match)).isEqualTo(1.0);
  }

  private static Path resource(String name) throws Exception {
    return Path.of(PairZoomTest.class.getResource(name).toURI());
  }
}
