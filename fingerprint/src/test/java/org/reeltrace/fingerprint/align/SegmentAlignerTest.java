package org.reeltrace.fingerprint.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reeltrace.fingerprint.PdqHash;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentAlignerTest {
  private static final PdqHash ZERO = new PdqHash(0, 0, 0, 0);
  private static final double FPS = 1.0;
  private static final int QUERY_NOISE = 8;
  private static final int REFERENCE_NOISE = 2;

  private final SegmentAligner aligner = new SegmentAligner(AlignerConfig.defaults());

  @Test
  void aFullClipMatchedCompletelySpansItsWholeDuration() {
    Random rng = new Random(1);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 10, 1);
    VideoFingerprint reference = footage.video("ref", FPS, 0, rng);

    VideoMatch match = aligner.align(QueryFingerprint.of(reference), reference);

    assertThat(match.segments()).singleElement().satisfies(s -> {
      assertThat(s.queryStart()).isEqualTo(0.0);
      assertThat(s.queryEnd()).isEqualTo(10.0);
      assertThat(s.referenceStart()).isCloseTo(0.0, within(1e-9));
      assertThat(s.referenceEnd()).isCloseTo(10.0, within(1e-9));
      assertThat(s.speed()).isEqualTo(1.0);
      assertThat(s.matchedFrames()).isEqualTo(10);
      assertThat(s.variant()).isEqualTo(Dihedral.ORIGINAL);
      assertThat(s.score()).isEqualTo(1.0);
    });
    assertThat(match.queryMatchedPercent()).isEqualTo(100.0);
    assertThat(match.referenceMatchedPercent()).isEqualTo(100.0);
    assertThat(match.queryAlignedPercent()).isEqualTo(100.0);
    assertThat(match.referenceAlignedPercent()).isEqualTo(100.0);
  }

  @Test
  void aTrimmedClipIsFoundAtItsOffset() {
    Random rng = new Random(2);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 60, 1);
    QueryBuilder query = new QueryBuilder().copy(footage, 17, 1.0, 25);

    VideoMatch match = align(footage, query, rng);

    assertMatchesTruth(match, query.truths(), 1.0);
    assertThat(match.segments().get(0).offset()).isCloseTo(17.0, within(0.5));
    assertThat(match.queryMatchedPercent()).isEqualTo(100.0);
    assertThat(match.referenceMatchedPercent()).isBetween(35.0, 50.0);
    assertThat(match.referenceAlignedPercent()).isCloseTo(100.0 * 25 / 60, within(2.0));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.5, 0.8, 1.0, 1.25, 2.0})
  void speedChangesAreRecovered(double speed) {
    Random rng = new Random(3);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 90, 1);
    QueryBuilder query = new QueryBuilder().copy(footage, 12.3, speed, 30);

    VideoMatch match = align(footage, query, rng);

    assertMatchesTruth(match, query.truths(), 1.0);
    assertThat(match.segments().get(0).speed()).isCloseTo(speed, within(0.02 * speed));
  }

  @Test
  void aClipSplicedIntoUnrelatedFootageIsFoundAlone() {
    Random rng = new Random(4);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 60, 1);
    QueryBuilder query = new QueryBuilder()
        .foreign(rng, 8).copy(footage, 30, 1.0, 15).foreign(rng, 6);

    VideoMatch match = align(footage, query, rng);

    assertMatchesTruth(match, query.truths(), 1.0);
    assertThat(match.queryAlignedPercent()).isCloseTo(100.0 * 15 / 29, within(4.0));
  }

  @Test
  void twoStretchesOfOneReferenceGiveTwoSegments() {
    Random rng = new Random(5);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 60, 1);
    QueryBuilder query = new QueryBuilder()
        .copy(footage, 5, 1.0, 15).foreign(rng, 5).copy(footage, 40, 1.25, 12);

    VideoMatch match = align(footage, query, rng);

    assertMatchesTruth(match, query.truths(), 1.0);
  }

  @Test
  void aStretchUsedTwiceGivesTwoSegmentsOnTheSameReferenceRange() {
    Random rng = new Random(6);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 40, 1);
    QueryBuilder query = new QueryBuilder()
        .copy(footage, 10, 1.0, 12).foreign(rng, 4).copy(footage, 10, 1.0, 12);

    VideoMatch match = align(footage, query, rng);

    assertMatchesTruth(match, query.truths(), 1.0);
  }

  @Test
  void aCutInTheMiddleGivesTwoSegmentsWithDifferentOffsets() {
    Random rng = new Random(7);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 60, 1);
    QueryBuilder query = new QueryBuilder().copy(footage, 0, 1.0, 20).copy(footage, 35, 1.0, 20);

    VideoMatch match = align(footage, query, rng);

    assertMatchesTruth(match, query.truths(), 1.0);
  }

  @Test
  void aMirroredUploadMatchesThroughTheMirroredVariant() {
    Random rng = new Random(8);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 40, 1);
    VideoFingerprint reference = footage.video("ref", FPS, REFERENCE_NOISE, rng);
    QueryBuilder upload = new QueryBuilder().copy(footage, 6, 1.0, 20).transformed(Dihedral.MIRRORED);

    VideoMatch withVariants =
        aligner.align(upload.build("q", FPS, QUERY_NOISE, new Random(9), true), reference);
    VideoMatch originalOnly =
        aligner.align(upload.build("q", FPS, QUERY_NOISE, new Random(9), false), reference);

    assertMatchesTruth(withVariants, upload.truths(), 1.0);
    assertThat(withVariants.segments().get(0).variant()).isEqualTo(Dihedral.MIRRORED);
    assertThat(withVariants.segments().get(0).variant().label()).isEqualTo("mirrored");
    assertThat(originalOnly.segments()).isEmpty();
    assertThat(originalOnly.queryMatchedPercent()).isZero();
  }

  @Test
  void unrelatedVideosDoNotMatch() {
    Random rng = new Random(10);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 60, 1);
    QueryBuilder query = new QueryBuilder().foreign(rng, 60);

    VideoMatch match = align(footage, query, rng);

    assertThat(match.segments()).isEmpty();
    assertThat(match.queryMatchedPercent()).isZero();
    assertThat(match.referenceMatchedPercent()).isZero();
    assertThat(match.queryAlignedPercent()).isZero();
  }

  @Test
  void aStillShotGivesOneCleanSegment() {
    Random rng = new Random(11);
    SyntheticFootage footage = SyntheticFootage.withStill(rng, 60, 1, 20, 40);
    QueryBuilder query = new QueryBuilder().copy(footage, 12, 1.0, 36);

    VideoMatch match = align(footage, query, rng);

    assertMatchesTruth(match, query.truths(), 1.0);
  }

  @Test
  void aVideoThatIsOneStillShotGivesOneSegment() {
    Random rng = new Random(12);
    SyntheticFootage footage = SyntheticFootage.withStill(rng, 30, 1, 0, 31);
    QueryBuilder query = new QueryBuilder().copy(footage, 0, 1.0, 30);

    VideoMatch match = align(footage, query, rng);

    assertThat(match.segments()).singleElement().satisfies(s -> {
      assertThat(s.queryStart()).isEqualTo(0.0);
      assertThat(s.queryEnd()).isEqualTo(30.0);
    });
  }

  @Test
  void everyFrameSequencesAreThinnedAndStillAligned() {
    Random rng = new Random(13);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 60, 1);
    VideoFingerprint reference = footage.video("ref", 30, REFERENCE_NOISE, rng);
    QueryBuilder query = new QueryBuilder().foreign(rng, 3).copy(footage, 12.4, 1.0, 30);

    VideoMatch match = aligner.align(query.build("q", 30, QUERY_NOISE, rng), reference);

    assertMatchesTruth(match, query.truths(), 0.5);
  }

  @Test
  void framesBelowTheQualityThresholdNeverMatch() {
    Random rng = new Random(14);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 20, 1);
    VideoFingerprint sharp = footage.video("ref", FPS, 0, rng);
    List<FrameHash> flat = new ArrayList<>();
    for (FrameHash f : sharp.frames()) {
      flat.add(new FrameHash(f.seconds(), f.hash(), 10));
    }
    VideoFingerprint reference = new VideoFingerprint("ref", 20, FPS, flat);

    VideoMatch match = aligner.align(QueryFingerprint.of(reference), reference);

    assertThat(match.segments()).isEmpty();
    assertThat(match.queryMatchedPercent()).isZero();
  }

  @Test
  void realTrimsOfOneVideoAreFoundAtTheirOffsets() throws IOException {
    VideoFingerprint original = sampleHashes("chair-orig-22-sd-bar");
    VideoFingerprint trimmed19 = sampleHashes("chair-19-sd-bar");
    VideoFingerprint trimmed20 = sampleHashes("chair-20-sd-bar");
    VideoFingerprint sepia = sampleHashes("chair-22-sd-sepia-bar");

    // Frame-by-frame comparison of the hash files shows chair-19 starts 3.70 s into the original
    // (111 frames at 30 fps) and chair-20 2.00 s in; the sepia copy is the whole original.
    assertThat(aligner.align(QueryFingerprint.of(trimmed19), original).segments())
        .singleElement().satisfies(s -> assertSegment(s, 0, 18.8, 3.7, 22.43));
    assertThat(aligner.align(QueryFingerprint.of(trimmed20), original).segments())
        .singleElement().satisfies(s -> assertSegment(s, 0, 20.47, 2.0, 22.43));
    VideoMatch whole = aligner.align(QueryFingerprint.of(sepia), original);
    assertThat(whole.segments()).singleElement().satisfies(s -> assertSegment(s, 0, 22.43, 0, 22.43));
    assertThat(whole.queryAlignedPercent()).isCloseTo(100.0, within(1.0));
  }

  @Test
  void realUnrelatedVideosDoNotMatch() throws IOException {
    VideoFingerprint chair = sampleHashes("chair-orig-22-sd-bar");
    for (String other : List.of("doorknob-hd-no-bar", "pattern-hd-no-bar", "pattern-longer-no-bar")) {
      VideoMatch match = aligner.align(QueryFingerprint.of(sampleHashes(other)), chair);
      assertThat(match.segments()).as(other).isEmpty();
      assertThat(match.queryMatchedPercent()).as(other).isZero();
    }
  }

  private static void assertSegment(Segment s, double qStart, double qEnd, double rStart,
      double rEnd) {
    assertThat(s.queryStart()).as("query start of %s", s).isCloseTo(qStart, within(0.3));
    assertThat(s.queryEnd()).as("query end of %s", s).isCloseTo(qEnd, within(0.3));
    assertThat(s.referenceStart()).as("reference start of %s", s).isCloseTo(rStart, within(0.3));
    assertThat(s.referenceEnd()).as("reference end of %s", s).isCloseTo(rEnd, within(0.3));
    assertThat(s.speed()).as("speed of %s", s).isCloseTo(1.0, within(0.01));
  }

  private static VideoFingerprint sampleHashes(String name) throws IOException {
    String root = System.getProperty("reeltrace.testdata");
    assertThat(root).as("system property reeltrace.testdata").isNotNull();
    Path file = Path.of(root, "vpdq", "sample-hashes", name + ".txt");
    assertThat(file).as("vPDQ sample hashes").exists();
    return VpdqHashFile.read(file);
  }

  @Test
  void badValuesAreRejectedWithTheValue() {
    assertThatThrownBy(() -> new FrameHash(1, ZERO, 130))
        .hasMessage("quality must be 0..100, was 130");
    assertThatThrownBy(() -> new FrameHash(-1, ZERO, 50))
        .hasMessageContaining("was -1.0");
    FrameHash a = new FrameHash(1, ZERO, 50);
    FrameHash b = new FrameHash(0, ZERO, 50);
    assertThatThrownBy(() -> new VideoFingerprint("v1", 2, 1, List.of(a, b)))
        .hasMessageContaining("v1").hasMessageContaining("time order");
    assertThatThrownBy(() -> new VideoFingerprint("v1", 2, 0, List.of()))
        .hasMessageContaining("was 0.0");
    VideoFingerprint video = new VideoFingerprint("v1", 2, 1, List.of(b, a));
    assertThatThrownBy(() -> QueryFingerprint.of(video).withVariant(Dihedral.MIRRORED, List.of(b)))
        .hasMessageContaining("MIRRORED").hasMessageContaining("1 frames");
    assertThatThrownBy(() -> AlignerConfig.defaults().withDistanceThreshold(300))
        .hasMessage("distance threshold must be 0..256, was 300");
  }

  @Test
  void frameDistanceCountsDifferingBits() {
    FrameHash a = new FrameHash(0, ZERO, 100);
    FrameHash b = new FrameHash(0, new PdqHash(0b111, -1L, 0, 1L << 63), 100);
    assertThat(a.distance(b)).isEqualTo(3 + 64 + 1);
  }

  private VideoMatch align(SyntheticFootage footage, QueryBuilder query, Random rng) {
    VideoFingerprint reference = footage.video("ref", FPS, REFERENCE_NOISE, rng);
    return aligner.align(query.build("q", FPS, QUERY_NOISE, rng), reference);
  }

  /** Exactly one segment per truth, in query order, each boundary within {@code tolerance} s. */
  static void assertMatchesTruth(VideoMatch match, List<QueryBuilder.Truth> truths,
      double tolerance) {
    assertThat(match.segments()).as("segments of %s", match).hasSize(truths.size());
    for (int k = 0; k < truths.size(); k++) {
      Segment s = match.segments().get(k);
      QueryBuilder.Truth t = truths.get(k);
      String what = "segment " + k + " " + s + " vs " + t;
      assertThat(s.queryStart()).as(what).isCloseTo(t.qStart(), within(tolerance));
      assertThat(s.queryEnd()).as(what).isCloseTo(t.qEnd(), within(tolerance));
      assertThat(s.referenceStart()).as(what).isCloseTo(t.rStart(), within(tolerance * t.speed() + 0.5));
      assertThat(s.referenceEnd()).as(what).isCloseTo(t.rEnd(), within(tolerance * t.speed() + 0.5));
    }
  }
}
