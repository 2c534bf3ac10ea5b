package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeltrace.fingerprint.align.VideoMatch;

/** The analyze path's copy search (stored fingerprints, index, alignment) on real videos. */
class CopyIndexTest {
  private final VideoFingerprinting fingerprinting = new VideoFingerprinting(VideoFingerprinting.DEFAULT_FPS);

  /*
   * Lineage evaluation (docs/benchmarks.md): re-posts letterboxed into 9:16 with a download watermark
   * drawn in the bottom bar were never matched by analyze. The text broke the bar, so the bars stayed
   * in the hashed picture; only `reeltrace match`'s window pass, which the index search has not, found
   * them.
   */
  @Test
  void findsTheSourceOfALetterboxedCopyWithTextInItsBar() throws Exception {
    Path original = TestData.otherVideo();
    Path copy = Path.of(CopyIndexTest.class.getResource("letterboxed-doorknob.mp4").toURI());
    CopyIndex index = new CopyIndex();
    index.add("original", fingerprinting.fingerprint(original, 0));

    List<VideoMatch> matches = index.search("copy", fingerprinting.fingerprint(copy, 0), null);

    assertThat(matches).extracting(VideoMatch::referenceId).containsExactly("original");
    assertThat(matches.get(0).queryAlignedPercent()).isGreaterThan(80);
  }

  @Test
  void findsNoSourceForUnrelatedFootage() throws Exception {
    Path copy = Path.of(CopyIndexTest.class.getResource("letterboxed-doorknob.mp4").toURI());
    CopyIndex index = new CopyIndex();
    index.add("other", fingerprinting.fingerprint(TestData.root().resolve("vpdq/sample-videos/pattern-hd-no-bar.mp4"), 0));

    assertThat(index.search("copy", fingerprinting.fingerprint(copy, 0), null)).isEmpty();
  }
}
