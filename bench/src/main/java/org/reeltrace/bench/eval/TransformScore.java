package org.reeltrace.bench.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Precision, recall and segment IoU over a set of query outcomes (one transform, or all).
 *
 * <p>Counting: a true positive is a found copy (at most one per query); a false positive is a
 * detection naming a wrong source (any number per query). Precision = TP / (TP + FP), 1 when
 * nothing was reported; recall = TP / copies (negatives have nothing to find), 1 when there are no
 * copies. Mean IoUs average over found copies.
 */
final class TransformScore {
  private int queries;
  private int copies;
  private int found;
  private int falsePositives;
  private double queryIouSum;
  private double sourceIouSum;
  private final List<QueryOutcome> failures = new ArrayList<>();
  private final List<Integer> trueDistances = new ArrayList<>();
  private final List<Integer> otherDistances = new ArrayList<>();

  void add(QueryOutcome outcome) {
    queries++;
    if (!outcome.truth().isNegative()) {
      copies++;
    }
    if (outcome.found()) {
      found++;
      queryIouSum += outcome.queryIou().orElseThrow();
      sourceIouSum += outcome.sourceIou().orElseThrow();
    }
    falsePositives += outcome.falsePositives().size();
    trueDistances.addAll(outcome.trueDistances());
    otherDistances.addAll(outcome.otherDistances());
    boolean missed = !outcome.truth().isNegative() && !outcome.found();
    if (missed || !outcome.falsePositives().isEmpty()) {
      failures.add(outcome);
    }
  }

  int queries() {
    return queries;
  }

  int copies() {
    return copies;
  }

  int found() {
    return found;
  }

  int falsePositives() {
    return falsePositives;
  }

  double precision() {
    return found + falsePositives == 0 ? 1 : (double) found / (found + falsePositives);
  }

  double recall() {
    return copies == 0 ? 1 : (double) found / copies;
  }

  /** Mean query-interval IoU over found copies; NaN when none was found. */
  double meanQueryIou() {
    return found == 0 ? Double.NaN : queryIouSum / found;
  }

  /** Mean source-interval IoU over found copies; NaN when none was found. */
  double meanSourceIou() {
    return found == 0 ? Double.NaN : sourceIouSum / found;
  }

  /**
   * The {@code q}-quantile (0..1, nearest rank) of the query frames' distances to their true source,
   * or -1 when there are none.
   */
  int trueDistanceQuantile(double q) {
    return quantile(trueDistances, q);
  }

  /** Likewise for the query frames' distances to the nearest frame of any other source. */
  int otherDistanceQuantile(double q) {
    return quantile(otherDistances, q);
  }

  private static int quantile(List<Integer> values, double q) {
    if (values.isEmpty()) {
      return -1;
    }
    List<Integer> sorted = values.stream().sorted().toList();
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size())));
  }

  /** Missed copies and queries with false positives, in the order added. */
  List<QueryOutcome> failures() {
    return List.copyOf(failures);
  }
}
