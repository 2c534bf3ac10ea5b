package org.reeltrace.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalTest {
  @Test
  void identicalIntervalsHaveIouOne() {
    assertThat(new Interval(2, 7).iou(new Interval(2, 7))).isEqualTo(1.0);
  }

  @Test
  void disjointIntervalsHaveIouZero() {
    assertThat(new Interval(0, 3).iou(new Interval(5, 9))).isZero();
    assertThat(new Interval(0, 3).iou(new Interval(3, 9))).isZero();
  }

  @Test
  void partialOverlapIsIntersectionOverUnion() {
    // [0,10] and [5,15]: intersection 5, union 15
    assertThat(new Interval(0, 10).iou(new Interval(5, 15))).isCloseTo(1.0 / 3, within(1e-12));
    // a reported interval inside the truth: 4 of 10
    assertThat(new Interval(3, 7).iou(new Interval(0, 10))).isCloseTo(0.4, within(1e-12));
  }

  @Test
  void splitSegmentsCountAsTheirUnion() {
    Interval truth = new Interval(0, 10);
    assertThat(Interval.iou(List.of(new Interval(0, 4), new Interval(4, 10)), truth)).isEqualTo(1.0);
    // overlapping pieces are not counted twice: union [0,6] against [0,10]
    assertThat(Interval.iou(List.of(new Interval(0, 5), new Interval(1, 6)), truth)).isCloseTo(0.6, within(1e-12));
    // a gap and a stray piece outside the truth: intersection 8, union 10 + 2
    assertThat(Interval.iou(List.of(new Interval(0, 4), new Interval(6, 12)), truth))
        .isCloseTo(8.0 / 12, within(1e-12));
  }

  @Test
  void nothingReportedIsZero() {
    assertThat(Interval.iou(List.of(), new Interval(0, 10))).isZero();
    assertThat(Interval.iou(List.of(), new Interval(0, 0))).isZero();
  }

  @Test
  void mergesOverlappingIntervalsInOrder() {
    assertThat(Interval.merged(List.of(new Interval(5, 6), new Interval(0, 2), new Interval(1, 3))))
        .containsExactly(new Interval(0, 3), new Interval(5, 6));
  }

  @Test
  void rejectsReversedInterval() {
    assertThatThrownBy(() -> new Interval(4, 3)).hasMessageContaining("[4.0, 3.0]");
    assertThatThrownBy(() -> new Interval(-1, 3)).hasMessageContaining("[-1.0, 3.0]");
  }
}
