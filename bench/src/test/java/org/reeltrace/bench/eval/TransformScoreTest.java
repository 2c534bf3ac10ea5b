package org.reeltrace.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TransformScoreTest {
  private static final Interval WHOLE = new Interval(0, 10);

  private static GroundTruth copy(String id, String source) {
    return new GroundTruth(id, Transform.CROP, Optional.of(source), WHOLE, WHOLE, 1);
  }

  private static GroundTruth negative(String id) {
    return new GroundTruth(id, Transform.NEGATIVE, Optional.empty(), WHOLE, new Interval(0, 0), 1);
  }

  private static Detection detection(String source, Interval query, Interval sourceInterval) {
    return new Detection(source, List.of(query), List.of(sourceInterval), "");
  }

  @Test
  void foundCopyCountsOnceAndScoresItsIntervals() {
    QueryOutcome outcome = new QueryOutcome(copy("q1", "a"),
        List.of(detection("a", new Interval(0, 5), new Interval(0, 10))), "");
    assertThat(outcome.found()).isTrue();
    assertThat(outcome.falsePositives()).isEmpty();
    assertThat(outcome.queryIou()).contains(0.5);
    assertThat(outcome.sourceIou()).contains(1.0);
  }

  @Test
  void precisionRecallArithmetic() {
    TransformScore score = new TransformScore();
    // found
    score.add(new QueryOutcome(copy("q1", "a"), List.of(detection("a", WHOLE, WHOLE)), ""));
    // found, plus one wrong source
    score.add(new QueryOutcome(copy("q2", "b"),
        List.of(detection("b", WHOLE, WHOLE), detection("c", new Interval(0, 2), new Interval(0, 2))), ""));
    // missed: only a wrong source
    score.add(new QueryOutcome(copy("q3", "a"), List.of(detection("d", WHOLE, WHOLE)), ""));
    // missed: nothing
    score.add(new QueryOutcome(copy("q4", "a"), List.of(), ""));
    // negative with a detection, negative without
    score.add(new QueryOutcome(negative("n1"), List.of(detection("a", WHOLE, WHOLE)), ""));
    score.add(new QueryOutcome(negative("n2"), List.of(), ""));

    assertThat(score.queries()).isEqualTo(6);
    assertThat(score.copies()).isEqualTo(4);
    assertThat(score.found()).isEqualTo(2);
    assertThat(score.falsePositives()).isEqualTo(3);
    assertThat(score.precision()).isCloseTo(2.0 / 5, within(1e-12));
    assertThat(score.recall()).isCloseTo(2.0 / 4, within(1e-12));
    assertThat(score.meanQueryIou()).isEqualTo(1.0);
    assertThat(score.failures()).extracting(o -> o.truth().queryId()).containsExactly("q2", "q3", "q4", "n1");
  }

  @Test
  void meanIouAveragesFoundCopiesOnly() {
    TransformScore score = new TransformScore();
    score.add(new QueryOutcome(copy("q1", "a"), List.of(detection("a", WHOLE, new Interval(0, 5))), ""));
    score.add(new QueryOutcome(copy("q2", "a"), List.of(detection("a", new Interval(0, 5), WHOLE)), ""));
    score.add(new QueryOutcome(copy("q3", "a"), List.of(), ""));
    assertThat(score.meanQueryIou()).isCloseTo(0.75, within(1e-12));
    assertThat(score.meanSourceIou()).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void emptyScoresArePerfectWithUndefinedIou() {
    TransformScore score = new TransformScore();
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.meanQueryIou()).isNaN();
    score.add(new QueryOutcome(negative("n1"), List.of(), ""));
    assertThat(score.precision()).isEqualTo(1.0);
    assertThat(score.recall()).isEqualTo(1.0);
    assertThat(score.failures()).isEmpty();
  }
}
