package org.reeltrace.fingerprint.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class SubstringLayoutProperties {

  @Property(tries = 100)
  void substringRadiiLeaveNoHashWithinRadiusUnprobed(
      @ForAll @IntRange(min = 1, max = 64) int m, @ForAll @IntRange(min = 0, max = 256) int radius) {
    int[] radii = new SubstringLayout(m).radii(radius);
    int coverage = 0;
    for (int r : radii) {
      coverage += r + 1; // a hash outside every substring radius is at least r + 1 bits off in each
    }
    assertThat(coverage).isEqualTo(radius + 1);
  }

  @Property(tries = 100)
  void substringDistancesAddUpToTheHammingDistance(@ForAll @IntRange(min = 1, max = 64) int m, @ForAll long seed) {
    SubstringLayout layout = new SubstringLayout(m);
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] a = HashSamples.random(rnd);
    long[] b = HashSamples.flip(a, rnd.nextInt(257), rnd);
    int sum = 0;
    int widths = 0;
    for (int t = 0; t < m; t++) {
      sum += layout.distance(t, a[0] ^ b[0], a[1] ^ b[1], a[2] ^ b[2], a[3] ^ b[3]);
      widths += layout.width(t);
      if (layout.width(t) <= 32) {
        assertThat(Integer.bitCount(layout.substring(a, 0, t) ^ layout.substring(b, 0, t)))
            .isEqualTo(layout.distance(t, a[0] ^ b[0], a[1] ^ b[1], a[2] ^ b[2], a[3] ^ b[3]));
      }
    }
    assertThat(sum).isEqualTo(HashSamples.distance(a, b));
    assertThat(widths).isEqualTo(256);
  }
}
