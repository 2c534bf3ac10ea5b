package org.reeltrace.fingerprint.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * The aligner against the known truth of synthetic copies: random footage, random trims, speeds
 * and splices, re-encoding noise on both sides.
 */
class SegmentAlignerProperties {
  private static final int QUERY_NOISE = 8;
  private static final int REFERENCE_NOISE = 2;

  private final SegmentAligner aligner = new SegmentAligner(AlignerConfig.defaults());

  @Property(tries = 150, seed = "20261125")
  void aTrimmedCopyAtAnySpeedIsOneSegmentOnTheTrueLine(
      @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @DoubleRange(min = 0.5, max = 2.0) double speed,
      @ForAll @DoubleRange(min = 0, max = 30) double start,
      @ForAll @DoubleRange(min = 12, max = 40) double length) {
    Random rng = new Random(seed);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, start + speed * length + 5, 1);
    QueryBuilder query = new QueryBuilder().copy(footage, start, speed, length);

    VideoMatch match = align(footage, query, rng);

    assertThat(match.segments()).as("%s", match).hasSize(1);
    Segment s = match.segments().get(0);
    QueryBuilder.Truth t = query.truths().get(0);
    assertThat(iou(s.queryStart(), s.queryEnd(), t.qStart(), t.qEnd())).as("%s vs %s", s, t)
        .isGreaterThanOrEqualTo(0.9);
    assertThat(iou(s.referenceStart(), s.referenceEnd(), t.rStart(), t.rEnd())).as("%s vs %s", s, t)
        .isGreaterThanOrEqualTo(0.85);
    // Sample positions are known to about half a sample, so short stretches pin the speed down
    // less tightly (and the aligner then prefers speed 1): about one second over the stretch.
    double shorter = Math.min(length, t.rEnd() - t.rStart());
    assertThat(s.speed()).as("%s vs %s", s, t)
        .isCloseTo(speed, within(speed * Math.max(0.05, 1.0 / shorter)));
  }

  @Property(tries = 150, seed = "20261126")
  void aCopySplicedBetweenUnrelatedFootageKeepsItsBoundaries(
      @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @DoubleRange(min = 0.8, max = 1.25) double speed,
      @ForAll @DoubleRange(min = 0, max = 15) double before,
      @ForAll @DoubleRange(min = 10, max = 30) double length,
      @ForAll @DoubleRange(min = 0, max = 15) double after) {
    Random rng = new Random(seed);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 60, 1);
    QueryBuilder query = new QueryBuilder();
    if (before > 0.5) {
      query.foreign(rng, before);
    }
    query.copy(footage, 10, speed, length);
    if (after > 0.5) {
      query.foreign(rng, after);
    }

    VideoMatch match = align(footage, query, rng);

    // Query boundaries come from matched samples; reference boundaries also from the fitted
    // speed, which a 10 s copy pins down to a few percent only.
    assertThat(match.segments()).as("%s", match).hasSize(1);
    Segment s = match.segments().get(0);
    QueryBuilder.Truth t = query.truths().get(0);
    assertThat(s.queryStart()).as("%s vs %s", s, t).isCloseTo(t.qStart(), within(1.0));
    assertThat(s.queryEnd()).as("%s vs %s", s, t).isCloseTo(t.qEnd(), within(1.0));
    assertThat(iou(s.referenceStart(), s.referenceEnd(), t.rStart(), t.rEnd())).as("%s vs %s", s, t)
        .isGreaterThanOrEqualTo(0.8);
  }

  @Property(tries = 100, seed = "20261127")
  void twoCopiesFromOneReferenceGiveTwoSegments(
      @ForAll @IntRange(min = 0, max = 1_000_000) int seed,
      @ForAll @DoubleRange(min = 0, max = 50) double firstStart,
      @ForAll @DoubleRange(min = 0, max = 50) double secondStart,
      @ForAll @DoubleRange(min = 2, max = 10) double gap) {
    Random rng = new Random(seed);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 70, 1);
    QueryBuilder query = new QueryBuilder()
        .copy(footage, firstStart, 1.0, 12).foreign(rng, gap).copy(footage, secondStart, 1.0, 12);

    VideoMatch match = align(footage, query, rng);

    SegmentAlignerTest.assertMatchesTruth(match, query.truths(), 1.0);
  }

  @Property(tries = 100, seed = "20261128")
  void unrelatedFootageNeverMatches(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
    Random rng = new Random(seed);
    SyntheticFootage footage = SyntheticFootage.scenes(rng, 60, 1);
    QueryBuilder query = new QueryBuilder().foreign(rng, 40);

    VideoMatch match = align(footage, query, rng);

    assertThat(match.segments()).isEmpty();
    assertThat(match.referenceMatchedPercent()).isZero();
  }

  private VideoMatch align(SyntheticFootage footage, QueryBuilder query, Random rng) {
    VideoFingerprint reference = footage.video("ref", 1.0, REFERENCE_NOISE, rng);
    return aligner.align(query.build("q", 1.0, QUERY_NOISE, rng), reference);
  }

  static double iou(double a0, double a1, double b0, double b1) {
    double inter = Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
    double union = Math.max(a1, b1) - Math.min(a0, b0);
    return union <= 0 ? 0 : inter / union;
  }
}
