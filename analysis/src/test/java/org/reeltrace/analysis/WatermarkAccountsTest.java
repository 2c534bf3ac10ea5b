package org.reeltrace.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reeltrace.analysis.Archive.tt;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatermarkAccountsTest {
  @Test
  void aHandleMisreadByOneCharacterIsReadAsTheOneAccountItIsCloseTo() {
    List<LineagePost> resolved = WatermarkAccounts.resolve(List.of(
        post("o", "mina.makes"), post("b", "clips4u.daily"),
        post("p", "mega.compilations", "@mind.makes", "@clips4u.daily", "@viral", "@tomas.trails")));
    assertThat(resolved.get(2).watermarkHandles())
        .containsExactly("mina.makes", "@clips4u.daily", "@viral", "@tomas.trails");
    assertThat(resolved.get(0).watermarkHandles()).isEmpty();
  }

  @Test
  void aLongHandleMayBeTwoEditsFromItsAccountAShortOneNot() {
    List<LineagePost> resolved = WatermarkAccounts.resolve(List.of(
        post("o", "cn.clips.daily"), post("b", "best.of.tok"), post("c", "cn.clips.weekly"),
        post("p", "other", "@Gen.clips.daily", "@bast.of.tak", "@gn.clips.weakly")));
    assertThat(resolved.get(3).watermarkHandles())
        .containsExactly("cn.clips.daily", "@bast.of.tak", "cn.clips.weekly");
  }

  @Test
  void aReadsFirstCharacterMayBeTheWatermarksMisreadAt() {
    List<LineagePost> resolved = WatermarkAccounts.resolve(List.of(
        post("o", "ravi.rides"), post("b", "trend.repost"),
        post("p", "other", "@Gravirides", "@atrend.repost", "@Gravirider")));
    assertThat(resolved.get(2).watermarkHandles()).containsExactly("ravi.rides", "trend.repost", "@Gravirider");
  }

  @Test
  void aReadLooksLikeAnAccountWithinAQuarterOfItsLengthInEdits() {
    assertThat(WatermarkAccounts.looksLike("@besi.of.tox", "best.of.tok")).isTrue();
    assertThat(WatermarkAccounts.looksLike("@Gbesi.of.tox", "best.of.tok")).isTrue();
    assertThat(WatermarkAccounts.looksLike("@bast.af.tax", "best.of.tok")).isFalse();
    assertThat(WatermarkAccounts.looksLike("@viral.clipz", "best.of.tok")).isFalse();
    assertThat(WatermarkAccounts.looksLike("", "best.of.tok")).isFalse();
  }

  @Test
  void aHandleAsCloseToTwoAccountsOrShortIsKeptAsRead() {
    List<LineagePost> resolved = WatermarkAccounts.resolve(List.of(
        post("a", "clips.one"), post("b", "clips.onx"), post("c", "kim.a"),
        post("p", "other", "@clips.ony", "kim.b")));
    assertThat(resolved.get(3).watermarkHandles()).containsExactly("@clips.ony", "kim.b");
  }

  @Test
  void aPostCarryingAMisreadWatermarkOfAnEarlierCopyLiftsFromIt() {
    Archive a = new Archive()
        .post("o", "mina.makes", "2024-03-01T10:00:00Z")
        .post("b", "clips4u.daily", "2024-03-02T10:00:00Z")
        .add(post("p", "mega.compilations", "@clips4u.dai1y"))
        .scored("o", "b", 0.6).scored("o", "p", 0.5).scored("b", "p", 0.5);
    assertThat(a.analyze().postEdges()).extracting(e -> e.post().postId() + "<-" + e.source().postId())
        .containsExactlyInAnyOrder("b<-o", "p<-b");
  }

  private static LineagePost post(String id, String handle, String... watermarks) {
    return new LineagePost(tt(id), Archive.channel("tiktok", handle), handle, Instant.parse("2024-03-03T10:00:00Z"),
        null, null, null, null, null, null, List.of(watermarks), null);
  }
}
