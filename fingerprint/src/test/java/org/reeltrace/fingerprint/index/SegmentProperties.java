package org.reeltrace.fingerprint.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The table probes of a segment against brute force, on segments too small to choose probing themselves. */
class SegmentProperties {

  @Property(tries = 200)
  void probingFindsExactlyTheHashesWithinRadiusOfClusteredHashes(
      @ForAll @IntRange(min = 1, max = 600) int size,
      @ForAll @IntRange(min = 1, max = 6) int centres,
      @ForAll @IntRange(min = 0, max = 48) int radius,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    checkProbing(HashSamples.clustered(size, centres, 48, rnd), radius, rnd);
  }

  @Property(tries = 100)
  void probingFindsExactlyTheHashesWithinRadiusOfRandomHashes(
      @ForAll @IntRange(min = 1, max = 600) int size,
      @ForAll @IntRange(min = 0, max = 40) int radius,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    checkProbing(HashSamples.random(size, rnd), radius, rnd);
  }

  private static void checkProbing(List<long[]> stored, int radius, SplittableRandom rnd) {
    SubstringLayout layout = new SubstringLayout(MultiIndex.SUBSTRINGS);
    long[] words = new long[4 * stored.size()];
    long[] ids = new long[stored.size()];
    for (int i = 0; i < stored.size(); i++) {
      System.arraycopy(stored.get(i), 0, words, 4 * i, 4);
      ids[i] = i;
    }
    Segment segment = new Segment(layout, words, ids, stored.size());
    for (long[] q : HashSamples.queries(stored, 20, rnd)) {
      List<Hit> hits = new ArrayList<>();
      segment.probeAll(q, radius, layout.radii(radius), (id, d) -> hits.add(new Hit(id, d)));
      assertThat(HashSamples.sorted(hits)).isEqualTo(HashSamples.bruteForce(stored, q, radius));
    }
  }
}
