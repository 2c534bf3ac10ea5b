package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeltrace.fingerprint.align.VideoMatch;

/** The match stage on real videos: each pair sharing footage once, whichever direction found it. */
class MatchStageTest {
  private final VideoFingerprinting fingerprinting = new VideoFingerprinting(VideoFingerprinting.DEFAULT_FPS);

  @Test
  void reportsEachPairOnceAndMatchesTheOverlaidCopyWhicheverIdSortsFirst() throws Exception {
    FrameHashes source = fingerprinting.fingerprint(TestData.root().resolve("vpdq/sample-videos/pattern-longer-no-bar.mp4"), 0);
    FrameHashes copy = fingerprinting.fingerprint(
        Path.of(MatchStageTest.class.getResource("logo-caption-pattern.mp4").toURI()), 0);
    FrameHashes other = fingerprinting.fingerprint(TestData.otherVideo(), 0);

    for (List<String> ids : List.of(List.of("a", "b", "c"), List.of("c", "b", "a"))) {
      Map<String, FrameHashes> videos = new LinkedHashMap<>();
      videos.put(ids.get(0), source);
      videos.put(ids.get(1), copy);
      videos.put(ids.get(2), other);

      List<VideoMatch> matches = MatchStage.run(StoredCopies.of(videos), Progress.silent()).stream()
          .map(CopyMatch::match).toList();

      assertThat(matches).as("ids %s", ids).singleElement().satisfies(m -> assertThat(List.of(m.queryId(),
          m.referenceId())).containsExactlyInAnyOrder(ids.get(0), ids.get(1)));
    }
  }
}
