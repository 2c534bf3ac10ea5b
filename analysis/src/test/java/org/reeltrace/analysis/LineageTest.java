package org.reeltrace.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reeltrace.analysis.Archive.channel;
import static org.reeltrace.analysis.Archive.key;
import static org.reeltrace.analysis.Archive.tt;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

class LineageTest {
  @Test
  void liftedClipsPointToTheOriginalChannel() {
    Archive a = new Archive()
        .post("o1", "orig", "2019-08-01T10:00:00Z")
        .post("o2", "orig", "2019-09-01T10:00:00Z")
        .post("o3", "orig", "2019-10-01T10:00:00Z")
        .post("l1", "lifter", "2020-03-01T10:00:00Z")
        .post("l2", "lifter", "2020-03-02T10:00:00Z")
        .post("l3", "lifter", "2020-03-03T10:00:00Z")
        .post("l4", "lifter", "2020-03-04T10:00:00Z")
        .post("douyin", "d1", "repost_dy", "2020-05-01T10:00:00Z")
        .match("o1", "l1", 0, 20, 0)
        .match("o2", "l2", 0, 15, 2)
        .match("o3", "l3", 3, 18, 0)
        .match(key("douyin", "d1"), tt("l1"), 0, 20, 0);
    LineageReport r = a.analyze();

    assertThat(r.clusters()).hasSize(3);
    assertThat(r.clusters()).extracting(FootageCluster::origin).containsExactly(tt("o1"), tt("o2"), tt("o3"));
    FootageCluster first = r.clusters().get(0);
    assertThat(first.id()).isEqualTo("c0001");
    assertThat(first.certain()).isTrue();
    assertThat(first.members()).extracting(ClusterMember::post)
        .containsExactly(tt("o1"), tt("l1"), key("douyin", "d1"));
    assertThat(first.evidence().get(0).kind()).isEqualTo(Evidence.Kind.POSTED_FIRST);
    assertThat(first.evidence().get(0).description())
        .isEqualTo("posted 2019-08-01, 213 days before the next (tiktok:l1 by @lifter)");

    // the Douyin re-post matched the lifter's copy and not the original: it was made from that copy
    assertThat(r.postEdges()).extracting(e -> e.post() + "<-" + e.source()).containsExactlyInAnyOrder(
        "douyin:d1<-tiktok:l1", "tiktok:l1<-tiktok:o1", "tiktok:l2<-tiktok:o2", "tiktok:l3<-tiktok:o3");
    assertThat(r.channelEdges()).hasSize(2);
    ChannelEdge lifter = r.channelEdges().get(0);
    assertThat(lifter.channel()).isEqualTo(channel("tiktok", "lifter"));
    assertThat(lifter.source()).isEqualTo(channel("tiktok", "orig"));
    assertThat(lifter.posts()).isEqualTo(3);
    assertThat(lifter.first()).isEqualTo(Instant.parse("2020-03-01T10:00:00Z"));
    assertThat(lifter.last()).isEqualTo(Instant.parse("2020-03-03T10:00:00Z"));
    assertThat(lifter.confidence()).isGreaterThan(0.9);
    assertThat(r.channelEdges().get(1).channel()).isEqualTo(channel("douyin", "repost_dy"));
    assertThat(r.channelEdges().get(1).source()).isEqualTo(channel("tiktok", "lifter"));

    ChannelReuse lifterReuse = reuse(r, channel("tiktok", "lifter"));
    assertThat(lifterReuse.posts()).isEqualTo(4);
    assertThat(lifterReuse.matchedPosts()).isEqualTo(3);
    assertThat(lifterReuse.firstSeenElsewhere()).isEqualTo(3);
    assertThat(lifterReuse.firstSeenElsewhereShare()).isEqualTo(0.75);
    assertThat(lifterReuse.oldFootage()).isEqualTo(3);
    assertThat(lifterReuse.topSources()).extracting(SourceCount::source, SourceCount::posts)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(channel("tiktok", "orig"), 3));
    ChannelReuse orig = reuse(r, channel("tiktok", "orig"));
    assertThat(orig.firstSeenElsewhere()).isZero();
    assertThat(orig.originals()).isEqualTo(3);
    assertThat(orig.reusedByOthers()).isEqualTo(3); // the Douyin re-post lifted from the lifter

    PostSummary l4 = r.posts().stream().filter(p -> p.post().key().equals(tt("l4"))).findFirst().orElseThrow();
    assertThat(l4.clusterIds()).isEmpty();
  }

  @Test
  void oldFootageThresholdIsConfigurable() {
    Archive a = new Archive()
        .post("o", "orig", "2020-01-01T00:00:00Z")
        .post("soon", "fast", "2020-01-11T00:00:00Z")
        .post("late", "slow", "2020-03-01T00:00:00Z")
        .match("o", "soon", 0, 10, 0)
        .match("o", "late", 0, 10, 0);
    LineageReport thirty = a.analyze();
    assertThat(reuse(thirty, channel("tiktok", "fast")).oldFootage()).isZero();
    assertThat(reuse(thirty, channel("tiktok", "slow")).oldFootage()).isEqualTo(1);
    LineageReport five = Lineage.analyze(a.input(), LineageOptions.defaults().withOldFootageDays(5));
    assertThat(reuse(five, channel("tiktok", "fast")).oldFootage()).isEqualTo(1);
  }

  @Test
  void spliceOfTwoSourcesBelongsToTwoClusters() {
    Archive a = new Archive()
        .post("a", "alpha", "2020-01-01T00:00:00Z")
        .post("b", "beta", "2020-02-01T00:00:00Z")
        .post("s", "splicer", "2020-03-01T00:00:00Z")
        .post("c", "copier", "2020-04-01T00:00:00Z")
        .match("s", "a", 0, 10, 5)      // s[0,10] = a[5,15]
        .match("s", "b", 10, 22, 0)     // s[10,22] = b[0,12]
        .match("c", "s", 0, 22, 0);     // c re-uploads the whole splice
    LineageReport r = a.analyze();
    assertThat(r.clusters()).hasSize(2);
    assertThat(r.clusters()).extracting(FootageCluster::origin).containsExactly(tt("a"), tt("b"));
    assertThat(posts(r.clusters().get(0))).containsExactlyInAnyOrder("a", "s", "c");
    assertThat(posts(r.clusters().get(1))).containsExactlyInAnyOrder("b", "s", "c");
    ClusterMember spliceInA = r.clusters().get(0).members().stream()
        .filter(m -> m.post().equals(tt("s"))).findFirst().orElseThrow();
    assertThat(spliceInA.ranges()).containsExactly(new SecondsRange(0, 10));
    // the copier re-uploaded the splice (it matched only the splice): it lifted from the splicer
    assertThat(r.channelEdges()).extracting(e -> e.handle() + "->" + e.sourceHandle()).containsExactlyInAnyOrder(
        "splicer->alpha", "splicer->beta", "copier->splicer");
    PostSummary s = r.posts().stream().filter(p -> p.post().key().equals(tt("s"))).findFirst().orElseThrow();
    assertThat(s.clusterIds()).containsExactly("c0001", "c0002");
  }

  @Test
  void aSecondOfBoundaryNoiseDoesNotJoinTheSourcesOfASplice() {
    Archive a = new Archive()
        .post("a", "alpha", "2020-01-01T00:00:00Z")
        .post("b", "beta", "2020-02-01T00:00:00Z")
        .post("s", "splicer", "2020-03-01T00:00:00Z")
        .post("c", "copier", "2020-04-01T00:00:00Z")
        .match("s", "a", 0, 11, 5)      // the aligner overshoots by one second into b's part
        .match("s", "b", 10, 22, 0)
        .match("c", "s", 0, 22, 0);
    LineageReport r = a.analyze();
    assertThat(r.clusters()).hasSize(2);
    assertThat(r.clusters()).extracting(FootageCluster::origin).containsExactly(tt("a"), tt("b"));
  }

  @Test
  void aCopyMatchedOverTwoSecondsOnlyStaysAMemberWhenItShowsNoOtherFootage() {
    // lineage evaluation, varied edits, seed 106: a re-post cut 1.1 s in and stamped with a handle matched
    // its origin and a re-upload of it over 2 s only (overlays painted over), and nothing else
    Archive a = new Archive()
        .post("o", "orig", "2024-06-01T00:00:00Z")
        .post("reup", "reuploader", "2024-06-02T00:00:00Z")
        .post("p", "lifter", "2024-06-03T00:00:00Z")
        .match("o", "reup", 0, 8, 0)
        .match("p", "o", 0, 2, 1)
        .match("p", "reup", 0, 2, 1);
    LineageReport r = a.analyze();
    assertThat(r.clusters()).hasSize(1);
    assertThat(posts(r.clusters().get(0))).containsExactlyInAnyOrder("o", "reup", "p");
    assertThat(r.postEdges()).extracting(e -> e.post() + "<-" + e.source()).contains("tiktok:p<-tiktok:o");
  }

  @Test
  void anOriginalMatchedOverTwoSecondsOnlyIsTheFirstAppearanceOfItsCopysCluster() {
    // lineage evaluation, varied edits, seed 107: a downscaled re-post under a download watermark matched
    // its original over 2 s only (overlays painted over); an aggregator's copy of it matched it over 5.6 s
    Archive a = new Archive()
        .post("o", "orig", "2024-07-03T00:00:00Z")
        .post("copy", "lifter", "2024-07-04T00:00:00Z")
        .post("agg", "aggregator", "2024-07-05T00:00:00Z")
        .match("o", "copy", 0, 2, 0)
        .match("agg", "copy", 0, 6, 0);
    LineageReport r = a.analyze();
    assertThat(r.clusters()).hasSize(1);
    assertThat(r.clusters().get(0).origin()).isEqualTo(tt("o"));
    assertThat(r.postEdges()).extracting(e -> e.post() + "<-" + e.source()).containsExactlyInAnyOrder(
        "tiktok:copy<-tiktok:o", "tiktok:agg<-tiktok:copy");
  }

  @Test
  void partialCopiesAndCopiesOfCopiesJoinOneCluster() {
    Archive a = new Archive()
        .post("o", "orig", "2020-01-01T00:00:00Z")
        .post("full", "one", "2020-02-01T00:00:00Z")
        .post("part", "two", "2020-03-01T00:00:00Z")
        .post("copyofcopy", "three", "2020-04-01T00:00:00Z")
        .match("o", "full", 0, 30, 0)
        .match("part", "o", 0, 10, 20)          // part shows o[20,30]
        .match("copyofcopy", "full", 0, 5, 2);  // only matched against the copy
    LineageReport r = a.analyze();
    assertThat(r.clusters()).hasSize(1);
    assertThat(posts(r.clusters().get(0))).containsExactly("o", "full", "part", "copyofcopy");
    // the copy of the copy matched only the copy: it carries that copy's edits
    assertThat(r.postEdges()).extracting(e -> e.post() + "<-" + e.source()).containsExactlyInAnyOrder(
        "tiktok:full<-tiktok:o", "tiktok:part<-tiktok:o", "tiktok:copyofcopy<-tiktok:full");
  }

  @Test
  void sameChannelReuseIsNoChannelEdge() {
    Archive a = new Archive()
        .post("o", "orig", "2020-01-01T00:00:00Z")
        .post("again", "orig", "2020-06-01T00:00:00Z")
        .match("o", "again", 0, 10, 0);
    LineageReport r = a.analyze();
    assertThat(r.postEdges()).singleElement().satisfies(e -> assertThat(e.sameChannel()).isTrue());
    assertThat(r.channelEdges()).isEmpty();
    assertThat(reuse(r, channel("tiktok", "orig")).firstSeenElsewhere()).isZero();
  }

  @Test
  void watermarkDecidesWhenTheOriginHasNoPostingTime() {
    Archive a = new Archive()
        .add(new LineagePost(tt("o"), channel("tiktok", "creator"), "Creator", null, null, null, null,
            1080, 1920, null, List.of(), null))
        .add(new LineagePost(tt("l1"), channel("tiktok", "lifter"), "lifter", Instant.parse("2021-01-01T00:00:00Z"),
            null, null, null, 720, 1280, null, List.of("@creator"), null))
        .add(new LineagePost(tt("l2"), channel("tiktok", "other"), "other", Instant.parse("2021-02-01T00:00:00Z"),
            null, null, null, 720, 1280, null, List.of(), null))
        .match("o", "l1", 0, 10, 0)
        .match("l1", "l2", 0, 10, 0);
    LineageReport r = a.analyze();
    FootageCluster c = r.clusters().get(0);
    assertThat(c.origin()).isEqualTo(tt("o"));
    assertThat(c.certain()).isFalse();
    assertThat(c.evidence()).extracting(Evidence::kind)
        .contains(Evidence.Kind.WATERMARK, Evidence.Kind.RESOLUTION, Evidence.Kind.MISSING_TIME);
    assertThat(c.evidence()).anySatisfy(e -> assertThat(e.description())
        .isEqualTo("the watermark on tiktok:l1 (@lifter) names @Creator"));
    assertThat(c.confidence()).isGreaterThanOrEqualTo(0.85);
    // "other" matched only the lifter's copy
    assertThat(r.channelEdges()).extracting(e -> e.handle() + "->" + e.sourceHandle())
        .containsExactlyInAnyOrder("lifter->Creator", "other->lifter");
  }

  @Test
  void anUntimedPostCreatedBeforeEveryOtherCandidateWasPostedIsTheOriginDespiteAWatermarkNamingAnother() {
    // lineage evaluation seed 12: the creator's post has no posting time, its id encodes 08:00; a lifter's
    // copy posted at 12:51 (its file made at 12:39) was downloaded by an aggregator, whose watermark names it
    String creator = Long.toUnsignedString(Instant.parse("2024-04-21T08:00:00Z").getEpochSecond() << 32 | 5);
    String lifter = Long.toUnsignedString(Instant.parse("2024-04-21T12:51:00Z").getEpochSecond() << 32 | 9);
    String aggregator = Long.toUnsignedString(Instant.parse("2024-04-29T14:47:00Z").getEpochSecond() << 32 | 3);
    Archive a = new Archive()
        .add(new LineagePost(tt(creator), channel("tiktok", "maker"), "maker", null, null, null, null,
            640, 360, null, List.of(), null))
        .add(new LineagePost(tt(lifter), channel("tiktok", "lifter"), "lifter", Instant.parse("2024-04-21T12:51:00Z"),
            null, null, null, 360, 640, Instant.parse("2024-04-21T12:39:00Z"), List.of("@lifter"), null))
        .add(new LineagePost(tt(aggregator), channel("tiktok", "agg"), "agg", Instant.parse("2024-04-29T14:47:00Z"),
            null, null, null, 360, 640, null, List.of("@lifter", "@agg"), null))
        .match(lifter, creator, 0, 6, 1)
        .match(aggregator, lifter, 0, 6, 0)
        .match(aggregator, creator, 0, 6, 1);

    FootageCluster c = a.analyze().clusters().get(0);

    assertThat(c.origin()).isEqualTo(tt(creator));
    assertThat(c.evidence()).anySatisfy(e -> assertThat(e.description()).isEqualTo(
        "its post id encodes the creation time 2024-04-21T08:00:00Z, before every other candidate's posting time"));
    assertThat(c.evidence()).extracting(Evidence::kind).doesNotContain(Evidence.Kind.CONTAINER_CREATED);
  }

  @Test
  void watermarksCorroborateOrContradictTheEarliestPostingTime() {
    Archive a = new Archive()
        .add(new LineagePost(tt("o"), channel("tiktok", "creator"), "creator", Instant.parse("2021-01-01T00:00:00Z"),
            null, null, null, 1080, 1920, null, List.of(), null))
        .add(new LineagePost(tt("l1"), channel("tiktok", "lifter"), "lifter", Instant.parse("2021-01-05T00:00:00Z"),
            null, null, null, 720, 1280, null, List.of("@creator"), null))
        .match("o", "l1", 0, 10, 0);
    FootageCluster c = a.analyze().clusters().get(0);
    assertThat(c.origin()).isEqualTo(tt("o"));
    assertThat(c.evidence()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(Evidence.Kind.WATERMARK);
      assertThat(e.weight()).isPositive();
      assertThat(e.description()).isEqualTo("the watermark on tiktok:l1 (@lifter) names @creator");
    });

    Archive b = new Archive()
        .add(new LineagePost(tt("o"), channel("tiktok", "creator"), "creator", Instant.parse("2021-01-01T00:00:00Z"),
            null, null, null, 1080, 1920, null, List.of("@lifter"), null))
        .add(new LineagePost(tt("l1"), channel("tiktok", "lifter"), "lifter", Instant.parse("2021-01-05T00:00:00Z"),
            null, null, null, 720, 1280, null, List.of(), null))
        .match("o", "l1", 0, 10, 0);
    FootageCluster d = b.analyze().clusters().get(0);
    assertThat(d.evidence()).anySatisfy(e -> assertThat(e.weight()).isNegative());
    assertThat(d.confidence()).isLessThanOrEqualTo(0.6);
  }

  @Test
  void watermarkOfAnIntermediateMakesItTheSource() {
    Archive a = new Archive()
        .post("o", "creator", "2020-01-01T00:00:00Z")
        .post("mid", "aggregator", "2020-02-01T00:00:00Z")
        .add(new LineagePost(tt("late"), channel("tiktok", "late"), "late", Instant.parse("2020-03-01T00:00:00Z"),
            null, null, null, null, null, null, List.of("aggregator"), null))
        .match("o", "mid", 0, 10, 0)
        .match("o", "late", 0, 10, 0)
        .match("mid", "late", 0, 10, 0);
    LineageReport r = a.analyze();
    assertThat(r.postEdges()).extracting(e -> e.post().postId() + "<-" + e.source().postId())
        .containsExactlyInAnyOrder("mid<-o", "late<-mid");
  }

  @Test
  void aPostDatedToTheDayWasMadeFromTheCopyPostedLaterThatDayWhoseHandleItShows() {
    // lineage evaluation seed 120: a Short dated 2024-06-06 shows the handle of a lifter whose copy was
    // posted at 06:17 that day; it had gone to the origin, the only member posted before midnight
    Archive a = aShortDatedToTheDayOfTheLifterItNames()
        .match("o", "mid", 0, 6, 0)
        .match(tt("o"), Archive.key("youtube", "short"), 0, 6, 0)
        .match(tt("mid"), Archive.key("youtube", "short"), 0, 6, 0);
    LineageReport r = a.analyze();
    assertThat(r.postEdges()).extracting(e -> e.post().postId() + "<-" + e.source().postId())
        .containsExactlyInAnyOrder("mid<-o", "short<-mid");
    PostEdge edge = r.postEdges().stream().filter(e -> e.post().postId().equals("short")).findFirst().orElseThrow();
    assertThat(edge.evidence()).extracting(Evidence::description)
        .contains("posted on the day its source was posted (its own time is given only to the day)");
  }

  @Test
  void aCopyPostedOnTheDayOfAPostDatedToTheDayThatNamesItIsNotMadeFromThatPost() {
    // lineage evaluation seed 123: a Short dated to the day named a lifter that posted later that day; the
    // lifter's copy, closer to the Short than to the origin, had been sent to the Short: a cycle
    PostKey shortKey = Archive.key("youtube", "short");
    Archive a = aShortDatedToTheDayOfTheLifterItNames()
        .match(new PostMatch(tt("o"), tt("mid"), List.of(new SharedSegment(0, 6, 0, 6, 1.0, 0.43))))
        .match(new PostMatch(tt("o"), shortKey, List.of(new SharedSegment(0, 6, 0, 6, 1.0, 0.40))))
        .match(new PostMatch(tt("mid"), shortKey, List.of(new SharedSegment(0, 6, 0, 6, 1.0, 0.80))));
    LineageReport r = a.analyze();
    assertThat(r.postEdges()).extracting(e -> e.post().postId() + "<-" + e.source().postId())
        .containsExactlyInAnyOrder("mid<-o", "short<-mid");
  }

  /**
   * An origin posted 2024-05-21, a lifter's copy posted 2024-06-06 at 06:17, and a YouTube Short dated only to
   * 2024-06-06 that shows the lifter's handle; no matches yet.
   */
  private static Archive aShortDatedToTheDayOfTheLifterItNames() {
    return new Archive()
        .post("o", "creator", "2024-05-21T16:13:00Z")
        .post("mid", "lifter", "2024-06-06T06:17:00Z")
        .add(new LineagePost(Archive.key("youtube", "short"), channel("youtube", "shorts"), "shorts",
            Instant.parse("2024-06-06T00:00:00Z"), null, null, null, null, null, null, List.of("lifter"), null));
  }

  @Test
  void ofTwoPostsOfTheAccountItsWatermarkNamesACopyWasMadeFromTheOneWhoseFrameItKeeps() {
    // lineage evaluation seed 122: a lifter posted the footage re-encoded, then letterboxed into 9:16; an
    // aggregator's download of the letterboxed one, in its 9:16 frame, went to the lifter's first post
    Archive a = new Archive()
        .framed("o", "creator", "2024-05-01T10:00:00Z", 640, 360)
        .framed("plain", "lifter", "2024-05-02T10:00:00Z", 640, 360)
        .framed("boxed", "lifter", "2024-05-09T10:00:00Z", 360, 640)
        .add(new LineagePost(tt("agg"), channel("tiktok", "aggregator"), "aggregator",
            Instant.parse("2024-05-20T10:00:00Z"), null, null, null, 360, 640, null, List.of("lifter"), null))
        .match("o", "plain", 0, 10, 0)
        .match("o", "boxed", 0, 10, 0)
        .match("plain", "agg", 0, 10, 0)
        .match("boxed", "agg", 0, 10, 0);
    LineageReport r = a.analyze();
    assertThat(r.postEdges()).extracting(e -> e.post().postId() + "<-" + e.source().postId())
        .contains("agg<-boxed");
  }

  @Test
  void ofPostsWithExactTimesOnTheDayOfADateOnlyTheFirstCanBeTheOrigin() {
    // lineage evaluation seed 105: a YouTube re-post dated to the day; the creator and a lifter posted
    // that day at known times; an aggregator's download watermark names the lifter
    Archive a = new Archive()
        .post("youtube", "yt", "shorts", "2024-08-13T00:00:00Z")
        .framed("o", "creator", "2024-08-13T10:00:00Z", 1080, 1920)
        .add(new LineagePost(tt("l1"), channel("tiktok", "lifter"), "lifter", Instant.parse("2024-08-13T19:30:00Z"),
            null, null, null, 720, 1280, Instant.parse("2024-08-13T19:10:00Z"), List.of(), null))
        .add(new LineagePost(tt("agg"), channel("tiktok", "aggregator"), "aggregator",
            Instant.parse("2024-08-20T10:00:00Z"), null, null, null, null, null, null, List.of("@lifter"), null))
        .match("o", "l1", 0, 10, 0)
        .match("l1", "agg", 0, 10, 0)
        .match(Archive.key("youtube", "yt"), tt("o"), 0, 10, 0);
    FootageCluster c = a.analyze().clusters().get(0);
    assertThat(c.origin()).isEqualTo(tt("o"));
    assertThat(c.certain()).isFalse();
    assertThat(c.evidence()).anySatisfy(e -> assertThat(e.description())
        .startsWith("2 posts were posted on 2024-08-13, the earliest posting date, given only to the day"));
  }

  @Test
  void tiedPostingTimesAreStatedAndBrokenByContainerTime() {
    Instant t = Instant.parse("2020-05-05T05:05:05Z");
    Archive a = new Archive()
        .add(new LineagePost(tt("x"), channel("tiktok", "xx"), "xx", t, null, null, null, null, null,
            Instant.parse("2020-05-05T04:00:00Z"), List.of(), null))
        .add(new LineagePost(tt("y"), channel("tiktok", "yy"), "yy", t, null, null, null, null, null,
            Instant.parse("2020-05-01T04:00:00Z"), List.of(), null))
        .match("x", "y", 0, 10, 0);
    FootageCluster c = a.analyze().clusters().get(0);
    assertThat(c.origin()).isEqualTo(tt("y"));
    assertThat(c.evidence()).extracting(Evidence::kind).contains(Evidence.Kind.TIED_TIME, Evidence.Kind.CONTAINER_CREATED);
    assertThat(c.certain()).isFalse();
  }

  @Test
  void postIdTimeBreaksADayPrecisionTie() {
    // ids whose top 32 bits are 2020-05-05T08:00:00Z and 2020-05-05T12:00:00Z
    String early = Long.toUnsignedString(1588665600L << 32 | 12345);
    String late = Long.toUnsignedString(1588680000L << 32 | 999);
    Archive a = new Archive()
        .post(late, "lifter", "2020-05-05T00:00:00Z")
        .post(early, "creator", "2020-05-05T00:00:00Z")
        .match(late, early, 0, 10, 0);
    FootageCluster c = a.analyze().clusters().get(0);
    assertThat(c.origin()).isEqualTo(tt(early));
    assertThat(c.evidence()).anySatisfy(e -> assertThat(e.description())
        .isEqualTo("its post id encodes the creation time 2020-05-05T08:00:00Z, before the other candidates'"));
  }

  @Test
  void aDayPrecisionDateTiesWithLaterPostsOfThatDay() {
    // the re-post's date is given to the day only (midnight); the original was posted at 08:00 that day
    String original = Long.toUnsignedString(1588665600L << 32 | 12345);
    String repost = Long.toUnsignedString(1588680000L << 32 | 999);
    Archive a = new Archive()
        .post(original, "creator", "2020-05-05T08:00:00Z")
        .post(repost, "lifter", "2020-05-05T00:00:00Z")
        .match(repost, original, 0, 10, 0);
    FootageCluster c = a.analyze().clusters().get(0);
    assertThat(c.origin()).isEqualTo(tt(original));
    assertThat(c.evidence()).anySatisfy(e -> assertThat(e.description()).startsWith(
        "2 posts were posted on 2020-05-05, the earliest posting date, given only to the day"));
  }

  @Test
  void aCopyOfACopyThatIsClearlyCloserToItLiftsFromThatCopy() {
    Archive a = new Archive()
        .post("o", "orig", "2020-01-01T10:00:00Z")
        .post("b", "lifter", "2020-02-01T10:00:00Z")
        .post("c", "aggregator", "2020-03-01T10:00:00Z")
        .match(scored("o", "b", 0.85))
        .match(scored("c", "o", 0.80))
        .match(scored("c", "b", 0.90));
    LineageReport r = a.analyze();
    assertThat(r.postEdges()).extracting(e -> e.post().postId() + "<-" + e.source().postId())
        .containsExactlyInAnyOrder("b<-o", "c<-b");
    assertThat(r.postEdges().stream().filter(e -> e.post().equals(tt("c"))).findFirst().orElseThrow().evidence())
        .extracting(Evidence::kind).contains(Evidence.Kind.NEAREST_COPY);
    assertThat(r.channelEdges()).extracting(e -> e.channel().channelId() + ">" + e.source().channelId())
        .containsExactlyInAnyOrder("lifter>orig", "aggregator>lifter");
  }

  @Test
  void aCopyHardlyCloserToAnotherCopyThanToTheOriginLiftsFromTheOrigin() {
    Archive a = new Archive()
        .post("o", "orig", "2020-01-01T10:00:00Z")
        .post("b", "lifter", "2020-02-01T10:00:00Z")
        .post("c", "aggregator", "2020-03-01T10:00:00Z")
        .match(scored("o", "b", 0.85))
        .match(scored("c", "o", 0.88))
        .match(scored("c", "b", 0.90));
    assertThat(a.analyze().postEdges()).extracting(e -> e.post().postId() + "<-" + e.source().postId())
        .containsExactlyInAnyOrder("b<-o", "c<-o");
  }

  @Test
  void onlyAnEarlierCopyCanBeTheSourceSoEdgesFormNoCycle() {
    Archive a = new Archive()
        .post("o", "orig", "2020-01-01T10:00:00Z")
        .post("b", "lifter", "2020-04-01T10:00:00Z")
        .post("c", "aggregator", "2020-03-01T10:00:00Z")
        .match(scored("o", "b", 0.60))
        .match(scored("c", "o", 0.65))
        .match(scored("c", "b", 0.95));
    assertThat(a.analyze().postEdges()).extracting(e -> e.post().postId() + "<-" + e.source().postId())
        .containsExactlyInAnyOrder("b<-c", "c<-o");
  }

  private static PostMatch scored(String a, String b, double score) {
    return new PostMatch(tt(a), tt(b), List.of(new SharedSegment(0, 10, 0, 10, 1.0, score)));
  }

  @Test
  void aCopyAsLongAsAnEarlierTrimmedCopyRepeatsItsCutsThoughEachIsTooShortToRead() {
    // lineage evaluation seed 123: a lifter cut 0.4 s off the end of a 7 s original; an aggregator's copy of
    // it, 6.6 s long too, matched the lifter's copy at 0.72 and the origin at 0.71
    Archive a = new Archive()
        .lasting("o", "creator", "2024-07-02T13:28:00Z", 7.0)
        .lasting("l", "lifter", "2024-07-03T16:13:00Z", 6.6)
        .lasting("agg", "aggregator", "2024-07-05T10:00:00Z", 6.6)
        .match(new PostMatch(tt("o"), tt("l"), List.of(new SharedSegment(0, 6.8, 0, 6.6, 1.0, 0.79))))
        .match(new PostMatch(tt("l"), tt("agg"), List.of(new SharedSegment(0, 6.6, 0, 6.6, 1.0, 0.72))))
        .match(new PostMatch(tt("o"), tt("agg"), List.of(new SharedSegment(0, 6.8, 0, 6.6, 1.0, 0.71))));
    LineageReport r = a.analyze();
    assertThat(r.postEdges()).extracting(e -> e.post().postId() + "<-" + e.source().postId())
        .containsExactlyInAnyOrder("l<-o", "agg<-l");
  }

  @Test
  void unresolvedTieFallsBackToPostIdAndSaysSo() {
    Archive a = new Archive()
        .post("b", "bb", "2020-05-05T05:05:05Z")
        .post("a", "aa", "2020-05-05T05:05:05Z")
        .match("b", "a", 0, 10, 0);
    FootageCluster c = a.analyze().clusters().get(0);
    assertThat(c.origin()).isEqualTo(tt("a"));
    assertThat(c.confidence()).isEqualTo(0.5);
    assertThat(c.evidence()).extracting(Evidence::kind).contains(Evidence.Kind.ORDER_FALLBACK, Evidence.Kind.TIED_TIME);
  }

  @Test
  void untimedPostWithoutEvidenceDoesNotBeatADatedOne() {
    Archive a = new Archive()
        .post("dated", "dd", "2020-05-05T05:05:05Z")
        .post("undated", "uu", null)
        .match("dated", "undated", 0, 10, 0);
    FootageCluster c = a.analyze().clusters().get(0);
    assertThat(c.origin()).isEqualTo(tt("dated"));
    assertThat(c.evidence()).extracting(Evidence::kind).contains(Evidence.Kind.KNOWN_TIME, Evidence.Kind.MISSING_TIME);
  }

  @Test
  void untimedPostWhoseFileWasMadeOnTheDayOfADateOnlyPostStaysACandidate() {
    // the copy's posting date is given to the day (yt-dlp upload_date); the untimed original's file was
    // created that afternoon and its id encodes an earlier time: it may well be the first appearance
    Instant afternoon = Instant.parse("2024-05-31T15:00:00Z");
    long idAtNoon = (Instant.parse("2024-05-31T12:00:00Z").getEpochSecond() << 32) | 7;
    Archive a = new Archive()
        .post("copy", "reposter", "2024-05-31T00:00:00Z")
        .add(new LineagePost(tt(Long.toUnsignedString(idAtNoon)), channel("tiktok", "maker"), "maker", null, null,
            null, null, null, null, afternoon, null, null))
        .match("copy", Long.toUnsignedString(idAtNoon), 0, 10, 0);
    FootageCluster c = a.analyze().clusters().get(0);
    assertThat(c.origin()).isEqualTo(tt(Long.toUnsignedString(idAtNoon)));
  }

  @Test
  void inputOrderDoesNotChangeTheReport() {
    Archive a = new Archive()
        .post("a", "alpha", "2020-01-01T00:00:00Z")
        .post("b", "beta", "2020-02-01T00:00:00Z")
        .post("s", "splicer", "2020-03-01T00:00:00Z")
        .match("s", "a", 0, 10, 5)
        .match("s", "b", 10, 22, 0);
    LineageInput in = a.input();
    LineageInput reversed = new LineageInput(reversed(in.posts()), reversed(in.matches()));
    LineageReport r1 = Lineage.analyze(in, LineageOptions.defaults());
    LineageReport r2 = Lineage.analyze(reversed, LineageOptions.defaults());
    assertThat(r2.clusters()).isEqualTo(r1.clusters());
    assertThat(r2.channelEdges()).isEqualTo(r1.channelEdges());
  }

  @Test
  void matchWithUnknownPostIsRejected() {
    assertThatThrownBy(() -> new Archive().post("a", "alpha", null).match("a", "ghost", 0, 5, 0).input())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("match names post tiktok:ghost that is not in the posts");
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> copy = new java.util.ArrayList<>(list);
    java.util.Collections.reverse(copy);
    return copy;
  }

  static ChannelReuse reuse(LineageReport r, ChannelKey c) {
    return r.channels().stream().filter(x -> x.channel().equals(c)).findFirst().orElseThrow();
  }

  static Set<String> posts(FootageCluster c) {
    return c.members().stream().map(ClusterMember::post).map(PostKey::postId)
        .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
  }
}
