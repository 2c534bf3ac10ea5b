package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.fingerprint.align.AlignerConfig;
import org.reeltrace.fingerprint.align.SegmentAligner;
import org.reeltrace.fingerprint.align.VideoMatch;

/**
 * The overlay-free pass on real encoded videos: smooth, low-contrast footage (a drifting cloudy sky) and a
 * re-post of it with a platform logo box, a handle and a caption burnt in.
 */
class OverlayFreeAlignmentTest {
  @TempDir Path dir;

  private final VideoFingerprinting fingerprinting = new VideoFingerprinting(VideoFingerprinting.DEFAULT_FPS);

  @Test
  void anOverlaidCopyOfSmoothFootageMatchesItsSourceOnceTheOverlaysArePaintedOver() throws Exception {
    FrameHashes source = fingerprinting.fingerprint(SkyClip.write(dir.resolve("source.mp4"), 1, false), 0);
    FrameHashes copy = fingerprinting.fingerprint(SkyClip.write(dir.resolve("copy.mp4"), 1, true), 0);
    OverlayFreeAlignment alignment = new OverlayFreeAlignment();

    VideoMatch match = alignment.align("copy", copy, "source", source);
    VideoMatch whole = new SegmentAligner(AlignerConfig.copySearch()).align(copy.asQuery("copy"),
        source.asReference("source"));

    assertThat(whole.queryAlignedPercent()).isLessThan(50);
    assertThat(match.queryAlignedPercent()).isGreaterThan(50);
    assertThat(match.segments()).allSatisfy(s -> assertThat(s.speed()).isBetween(0.97, 1.03));
  }

  @Test
  void anOverlaidCopyOfOtherSmoothFootageDoesNotMatch() throws Exception {
    FrameHashes other = fingerprinting.fingerprint(SkyClip.write(dir.resolve("other.mp4"), 2, false), 0);
    FrameHashes copy = fingerprinting.fingerprint(SkyClip.write(dir.resolve("copy.mp4"), 1, true), 0);

    assertThat(new OverlayFreeAlignment().align("copy", copy, "other", other).segments()).isEmpty();
  }
}
