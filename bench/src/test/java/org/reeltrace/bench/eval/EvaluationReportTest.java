package org.reeltrace.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationReportTest {
  private static final Interval WHOLE = new Interval(0, 10);

  @Test
  void tableHasOneRowPerTransformAndTotals() {
    EvaluationReport report = new EvaluationReport();
    GroundTruth mirrored = new GroundTruth("q-mirror-a.mp4", Transform.MIRROR, Optional.of("src-a.mp4"), WHOLE, WHOLE, 1);
    GroundTruth cropped = new GroundTruth("q-crop-a.mp4", Transform.CROP, Optional.of("src-a.mp4"), WHOLE, WHOLE, 1);
    GroundTruth negative = new GroundTruth("n-b.mp4", Transform.NEGATIVE, Optional.empty(), WHOLE, new Interval(0, 0), 1);
    report.add(new QueryOutcome(mirrored,
        List.of(new Detection("src-a.mp4", List.of(new Interval(0, 10)), List.of(new Interval(0, 10)), "[seg]")),
        "", List.of(4, 6, 8), List.of(90, 100, 110)));
    report.add(new QueryOutcome(cropped, List.of(), "0 of 3 query frames within 31", List.of(90, 95, 99),
        List.of(85, 95, 105)));
    report.add(new QueryOutcome(negative,
        List.of(new Detection("src-a.mp4", List.of(new Interval(1, 3)), List.of(new Interval(5, 7)), "[stray]")),
        "3 of 3 sampled query frames hashed", List.of(), List.of(70, 80, 90)));

    String md = report.markdown();
    assertThat(md).contains("| mirror | horizontal flip | 1 | 1 / 1 | 1.000 | 0 | 1.000 | 1.000 | 1.000 | 6, 8 |");
    assertThat(md).contains("| crop | 10–25 % cut off each dimension, random position | 1 | 0 / 1 | 0.000 | 0 | 1.000 | – | – |");
    assertThat(md).contains("| **all queries** | copies and negatives | 3 | 1 / 2 | 0.500 | 1 | 0.500 |");
    assertThat(md).contains("`q-crop-a.mp4`: missed (true: src-a.mp4 0.0–10.0 s at 0.0–10.0 s, speed 1.00; "
        + "0 of 3 query frames within 31)");
    assertThat(md).contains("`n-b.mp4`: negative (3 of 3 sampled query frames hashed); false positive src-a.mp4 [stray]");
    assertThat(md).contains("to any other source (what a threshold must stay below) minimum 70");
    assertThat(report.details().lines()).hasSize(4).element(1).asString().startsWith("q-mirror-a.mp4\tmirror\tsrc-a.mp4");
  }
}
