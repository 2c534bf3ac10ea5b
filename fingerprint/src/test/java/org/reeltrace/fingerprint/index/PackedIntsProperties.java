package org.reeltrace.fingerprint.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Packed values against a plain {@code long[]} model, for every width. */
class PackedIntsProperties {

  @Property(tries = 300)
  void readsBackWhatWasLastSet(
      @ForAll @IntRange(min = 1, max = 64) int width,
      @ForAll @IntRange(min = 0, max = 300) int size,
      @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long mask = width == 64 ? -1L : (1L << width) - 1;
    PackedInts packed = new PackedInts(size, width);
    long[] model = new long[size];
    for (int k = 0; k < 3 * size; k++) {
      int i = rnd.nextInt(size);
      long v = rnd.nextBoolean() ? rnd.nextLong() : mask; // all-ones values catch masking slips
      packed.set(i, v);
      model[i] = v & mask;
    }
    for (int i = 0; i < size; i++) {
      assertThat(packed.get(i)).as("value %d of width %d", i, width).isEqualTo(model[i]);
    }
    assertThat(packed.bytes()).isEqualTo(((long) size * (width > 56 ? 64 : width) + 7) / 8 + 7);
  }

  @Property
  void widthForCoversTheValue(@ForAll long max) {
    int w = PackedInts.widthFor(max);
    assertThat(w).isBetween(1, 64);
    if (w < 64) {
      assertThat(Long.compareUnsigned(max, 1L << w)).isNegative();
    }
    if (w > 1) {
      assertThat(Long.compareUnsigned(max, 1L << (w - 1))).isNotNegative();
    }
  }
}
