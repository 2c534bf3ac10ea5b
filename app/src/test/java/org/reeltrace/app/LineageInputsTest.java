package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeltrace.fingerprint.align.Dihedral;
import org.reeltrace.fingerprint.align.Segment;
import org.reeltrace.fingerprint.align.VideoMatch;

class LineageInputsTest {
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
