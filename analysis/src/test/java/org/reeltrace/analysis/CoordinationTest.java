package org.reeltrace.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reeltrace.analysis.Archive.channel;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CoordinationTest {
  private static final java.util.List<Integer> COORDINATED = java.util.List.of(2, 5, 9, 14);
  private static final Instant T0 = Instant.parse("2021-01-01T00:00:00Z");

  /**
   * 20 creators post a clip each; one or two of 30 ordinary accounts re-post each clip hours to days
   * later (one for the clips below); accounts "xx" and "yy" re-post the same 4 clips a few minutes after the original and
   * 20 s after each other; "ww" once posts within seconds of "xx" (once is below the
   * repetition threshold).
   */
  static Archive synthetic() {
    Random random = new Random(42);
    Archive a = new Archive();
    for (int c = 0; c < 20; c++) {
      Instant origin = T0.plusSeconds(c * 86_400L);
      a.post("o" + c, "creator" + c, origin.toString());
      int reposts = COORDINATED.contains(c) ? 1 : 1 + random.nextInt(2);
      for (int k = 0; k < reposts; k++) {
        int r = random.nextInt(30);
        String id = "r" + c + "_" + k;
        a.post(id, "user" + r, origin.plusSeconds(3_600L + random.nextInt(20 * 86_400)).toString());
        a.match("o" + c, id, 0, 12, 0);
      }
    }
    for (int c : COORDINATED) {
      Instant t = T0.plusSeconds(c * 86_400L + 60L + c * 17L);
      a.post("x" + c, "xx", t.toString());
      a.post("y" + c, "yy", t.plusSeconds(20).toString());
      a.match("o" + c, "x" + c, 0, 12, 0);
      a.match("x" + c, "y" + c, 0, 12, 0);
    }
    a.post("w", "ww", T0.plusSeconds(2 * 86_400L + 60L + 2 * 17L + 5).toString());
    a.match("x2", "w", 0, 12, 0);
    return a;
  }

  @Test
  void findsTheKnownCoordinatedPairWithAnEstimatedInterval() {
    LineageReport r = synthetic().analyze();
    CoordinationNetwork n = r.coordination();
    assertThat(n.estimated()).isTrue();
    assertThat(n.intervalSeconds()).isBetween(20.0, 60.0);
    assertThat(n.edges()).singleElement().satisfies(e -> {
      assertThat(e.a()).isEqualTo(channel("tiktok", "xx"));
      assertThat(e.b()).isEqualTo(channel("tiktok", "yy"));
      assertThat(e.weight()).isEqualTo(4);
    });
    assertThat(n.components()).containsExactly(java.util.List.of(channel("tiktok", "xx"), channel("tiktok", "yy")));
    assertThat(n.accounts()).extracting(AccountParticipation::handle, AccountParticipation::coordinatedShares,
        AccountParticipation::degree).containsExactly(
            org.assertj.core.groups.Tuple.tuple("xx", 4, 1), org.assertj.core.groups.Tuple.tuple("yy", 4, 1));
  }

  @Test
  void repetitionOneAlsoLinksTheSingleCoShare() {
    LineageReport r = Lineage.analyze(synthetic().input(), LineageOptions.defaults().withRepetition(1));
    assertThat(r.coordination().edges()).extracting(e -> e.a().channelId() + "-" + e.b().channelId())
        .contains("ww-xx", "xx-yy");
  }

  @Test
  void aGivenIntervalIsUsedAsIs() {
    LineageReport r = Lineage.analyze(synthetic().input(), LineageOptions.defaults().withCoordinationSeconds(10.0));
    assertThat(r.coordination().estimated()).isFalse();
    assertThat(r.coordination().intervalSeconds()).isEqualTo(10.0);
    assertThat(r.coordination().edges()).isEmpty();
  }

  @Test
  void intervalEstimateFollowsCooRnet() {
    // quickest 10 % by second-share delay: only the first cluster; half its shares are reached at rank 2 of 3
    java.util.List<double[]> times = new java.util.ArrayList<>();
    times.add(new double[] {100, 105, 160});
    for (int i = 0; i < 9; i++) {
      times.add(new double[] {0, 1_000 + i * 100, 5_000});
    }
    times.add(new double[] {7});
    assertThat(CoordinationInterval.estimate(times, 0.1, 0.5)).isEqualTo(5.0);
    assertThat(CoordinationInterval.estimate(java.util.List.of(), 0.1, 0.5)).isEqualTo(1.0);
  }
}
