package org.reeltrace.fingerprint.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The index against brute force, with queries interleaved between adds. */
class MultiIndexProperties {

  @Property(tries = 100)
  void findsExactlyTheClusteredHashesWithinRadiusWhileGrowing(
      @ForAll @IntRange(min = 0, max = 1500) int size,
      @ForAll @IntRange(min = 1, max = 8) int centres,
      @ForAll @IntRange(min = 1, max = 300) int bufferSize,
      @ForAll @IntRange(min = 0, max = 31) int radius,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    checkWhileGrowing(HashSamples.clustered(size, centres, 40, rnd), bufferSize, radius, rnd);
  }

  @Property(tries = 100)
  void findsExactlyTheRandomHashesWithinRadiusWhileGrowing(
      @ForAll @IntRange(min = 0, max = 1500) int size,
      @ForAll @IntRange(min = 1, max = 300) int bufferSize,
      @ForAll @IntRange(min = 0, max = 31) int radius,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    checkWhileGrowing(HashSamples.random(size, rnd), bufferSize, radius, rnd);
  }

  @Property(tries = 60)
  void bulkAndSingleAddsTogetherFindExactlyTheHashesWithinRadius(
      @ForAll @IntRange(min = 0, max = 3000) int size,
      @ForAll @IntRange(min = 1, max = 200) int bufferSize,
      @ForAll @IntRange(min = 0, max = 31) int radius,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<long[]> all = HashSamples.clustered(size, 4, 40, rnd);
    MultiIndex index = new MultiIndex(bufferSize);
    int i = 0;
    while (i < all.size()) {
      int batch = Math.min(all.size() - i, rnd.nextInt(3 * bufferSize) + 1);
      if (rnd.nextBoolean()) {
        long[] ids = new long[batch];
        long[] words = new long[4 * batch];
        for (int k = 0; k < batch; k++) {
          ids[k] = i + k;
          System.arraycopy(all.get(i + k), 0, words, 4 * k, 4);
        }
        index.addAll(ids, words);
      } else {
        for (int k = 0; k < batch; k++) {
          long[] h = all.get(i + k);
          index.add(i + k, h[0], h[1], h[2], h[3]);
        }
      }
      i += batch;
      List<long[]> added = all.subList(0, i);
      for (long[] q : HashSamples.queries(added, 5, rnd)) {
        assertThat(index.search(q[0], q[1], q[2], q[3], radius)).isEqualTo(HashSamples.bruteForce(added, q, radius));
      }
    }
    assertThat(index.size()).isEqualTo(all.size());
  }

  /** Ids are packed at the width of their spread (1 to 64 bits); every id must come back intact. */
  @Property(tries = 60)
  void returnsTheIdsOfTheHashesWhateverTheirSpread(
      @ForAll @IntRange(min = 1, max = 2000) int size,
      @ForAll @IntRange(min = 0, max = 64) int spreadBits,
      @ForAll @IntRange(min = 1, max = 500) int bufferSize,
      @ForAll boolean bulk,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<long[]> all = HashSamples.clustered(size, 3, 40, rnd);
    long base = rnd.nextLong();
    long[] ids = new long[size];
    long[] words = new long[4 * size];
    for (int i = 0; i < size; i++) {
      // an even offset below 2^spreadBits, so the spread needs about spreadBits bits
      long offset = spreadBits == 64 ? rnd.nextLong() : spreadBits == 0 ? 0 : 2 * rnd.nextLong(1L << (spreadBits - 1));
      ids[i] = base + offset;
      System.arraycopy(all.get(i), 0, words, 4 * i, 4);
    }
    MultiIndex index = new MultiIndex(bufferSize);
    if (bulk) {
      index.addAll(ids, words);
    } else {
      for (int i = 0; i < size; i++) {
        index.add(ids[i], words[4 * i], words[4 * i + 1], words[4 * i + 2], words[4 * i + 3]);
      }
    }
    for (long[] q : HashSamples.queries(all, 10, rnd)) {
      List<Hit> expected = HashSamples.bruteForce(all, q, 31).stream()
          .map(h -> new Hit(ids[(int) h.id()], h.distance())).toList();
      assertThat(index.search(q[0], q[1], q[2], q[3], 31)).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  private static void checkWhileGrowing(List<long[]> all, int bufferSize, int radius, SplittableRandom rnd) {
    MultiIndex index = new MultiIndex(bufferSize);
    List<long[]> added = new ArrayList<>();
    int checkEvery = Math.max(1, all.size() / 4);
    for (int i = 0; i < all.size(); i++) {
      long[] h = all.get(i);
      index.add(i, h[0], h[1], h[2], h[3]);
      added.add(h);
      if (i % checkEvery == 0 || i == all.size() - 1) {
        for (long[] q : HashSamples.queries(added, 10, rnd)) {
          assertThat(index.search(q[0], q[1], q[2], q[3], radius))
              .isEqualTo(HashSamples.bruteForce(added, q, radius));
        }
      }
    }
    assertThat(index.size()).isEqualTo(all.size());
  }
}
