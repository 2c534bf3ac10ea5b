package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeltrace.analysis.RepeatedChanges;
import org.reeltrace.core.PostKey;

/** Which of a copy's changes to the original a post repeats, measured on real videos' frame hashes. */
class FrameChangesTest {
  private final VideoFingerprinting fingerprinting = new VideoFingerprinting(VideoFingerprinting.DEFAULT_FPS);

  @Test
  void aCopyOfTheLogoCopyRepeatsItsChangesAndTheOriginalsOwnPicturesDoNot() throws Exception {
    FrameHashes original = fingerprinting.fingerprint(
        TestData.root().resolve("vpdq/sample-videos/pattern-longer-no-bar.mp4"), 0);
    FrameHashes logo = fingerprinting.fingerprint(resource("logo-caption-pattern.mp4"), 0);
    // the same pictures under another post: a re-upload of the logo copy, and one of the original
    Map<String, FrameHashes> videos = Map.of("o", original, "q", logo, "child", logo, "sibling", original);
    FrameChanges changes = new FrameChanges(key -> key.postId(), videos);

    RepeatedChanges.Measure child = changes.of(post("child"), post("q"), post("o")).orElseThrow();
    RepeatedChanges.Measure sibling = changes.of(post("sibling"), post("q"), post("o")).orElseThrow();

    assertThat(child.frames()).isGreaterThanOrEqualTo(5);
    assertThat(child.copyChangedBits()).isGreaterThan(10);
    assertThat(child.repeatedShare()).isEqualTo(1.0);
    assertThat(sibling.repeatedShare()).isEqualTo(0.0);
    assertThat(changes.of(post("q"), post("q"), post("o"))).isEmpty();
    assertThat(changes.of(post("child"), post("q"), post("missing"))).isEmpty();
  }

  private static PostKey post(String id) {
    return new PostKey("tiktok", id);
  }

  private static Path resource(String name) throws Exception {
    return Path.of(FrameChangesTest.class.getResource(name).toURI());
  }
}
