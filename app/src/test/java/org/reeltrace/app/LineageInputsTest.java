package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.analysis.LineagePost;
import org.reeltrace.fingerprint.align.Dihedral;
import org.reeltrace.fingerprint.align.Segment;
import org.reeltrace.fingerprint.align.VideoMatch;
import org.reeltrace.store.Store;

class LineageInputsTest {
  @TempDir Path dir;

  @Test
  void aPostCarriesItsVideosDurationAsFfmpegReadIt() {
    // a real 5 s video and a post archived without one, ingested into a real SQLite store
    ArchiveBuilder a = new ArchiveBuilder(dir.resolve("archive"));
    a.infoJson("ytdlp", "7100000000000000001", "origin_cam", 100, 1700000000, TestData.smallVideo())
        .infoJson("ytdlp", "7100000000000000002", "origin_cam", 50, 1700000000, null);
    String db = "jdbc:sqlite:" + dir.resolve("reeltrace.db");
    assertThat(CommandRun.of("ingest", a.root().toString(), "--db", db).exitCode()).isZero();

    try (Store store = Store.open(db)) {
      List<LineagePost> posts = LineageInputs.from(store, List.of()).posts();

      assertThat(posts).filteredOn(p -> p.key().postId().equals("7100000000000000001"))
          .singleElement().satisfies(p -> assertThat(p.videoSeconds()).isCloseTo(5.0, within(0.05)));
      assertThat(posts).filteredOn(p -> p.key().postId().equals("7100000000000000002"))
          .singleElement().satisfies(p -> assertThat(p.videoSeconds()).isNull());
    }
  }

  @Test
  void aMatchIsMirroredWhenMostOfItsAlignedSecondsAre() {
    Segment mirrored = segment(0, 6, Dihedral.MIRRORED);
    Segment asItIs = segment(6, 8, Dihedral.ORIGINAL);

    assertThat(LineageInputs.mirrored(match(mirrored, asItIs))).isTrue();
    assertThat(LineageInputs.mirrored(match(segment(0, 2, Dihedral.MIRRORED), segment(2, 8, Dihedral.ORIGINAL))))
        .isFalse();
    assertThat(LineageInputs.mirrored(match(segment(0, 8, Dihedral.ROTATED_180)))).isFalse();
    assertThat(LineageInputs.mirrored(match())).isFalse();
  }

  private static Segment segment(double start, double end, Dihedral variant) {
    return new Segment(start, end, start, end, 1.0, 0, 10, 12, 0.6, variant);
  }

  private static VideoMatch match(Segment... segments) {
    return new VideoMatch("q", "r", List.of(segments), 100, 100, 100, 100);
  }
}
