package org.reeltrace.fingerprint.audio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetHistogramTest {
  @Test
  void countsLikeAMapOfBoxedCounters() {
    Random rnd = new Random(3);
    OffsetHistogram histogram = new OffsetHistogram();
    Map<List<Integer>, Integer> reference = new HashMap<>();
    for (int i = 0; i < 50_000; i++) {
      int track = rnd.nextInt(50);
      int offset = rnd.nextInt(4000) - 2000;
      histogram.vote(track, offset);
      reference.merge(List.of(track, offset), 1, Integer::sum);
    }
    Map<List<Integer>, Integer> seen = new HashMap<>();
    histogram.forEach((track, offset, votes) -> seen.put(List.of(track, offset), votes));
    assertThat(seen).isEqualTo(reference);
    assertThat(histogram.count(7, -1999)).isEqualTo(reference.getOrDefault(List.of(7, -1999), 0));
    assertThat(histogram.count(99, 0)).isZero();
  }

  @Test
  void clearedHistogramCountsFromZero() {
    OffsetHistogram histogram = new OffsetHistogram();
    for (int i = 0; i < 5000; i++) {
      histogram.vote(i % 7, i);
    }
    histogram.clear();
    histogram.vote(3, 10);
    histogram.vote(3, 10);
    Map<List<Integer>, Integer> seen = new HashMap<>();
    histogram.forEach((track, offset, votes) -> seen.put(List.of(track, offset), votes));
    assertThat(seen).isEqualTo(Map.of(List.of(3, 10), 2));
  }
}
