package org.reeltrace.bench.capture;

import java.util.Locale;

/** Confusion counts of one binary decision, with precision and recall. */
final class Tally {
  private int truePositives;
  private int falsePositives;
  private int falseNegatives;
  private int trueNegatives;

  /** Counts one case: what the label says and what was predicted. */
  void add(boolean expected, boolean predicted) {
    if (expected && predicted) {
      truePositives++;
    } else if (predicted) {
      falsePositives++;
    } else if (expected) {
      falseNegatives++;
    } else {
      trueNegatives++;
    }
  }

  /** A wrong positive that also misses the right one (e.g. the wrong site): one FP and one FN. */
  void addWrongPositive() {
    falsePositives++;
    falseNegatives++;
  }

  int cases() {
    return truePositives + falseNegatives + falsePositives + trueNegatives;
  }

  /** {@code | TP | FP | FN | TN | precision | recall |} cells, "–" when undefined. */
  String cells() {
    return String.format(Locale.ROOT, "%d | %d | %d | %d | %s | %s", truePositives, falsePositives, falseNegatives,
        trueNegatives, ratio(truePositives, truePositives + falsePositives), ratio(truePositives, truePositives + falseNegatives));
  }

  private static String ratio(int numerator, int denominator) {
    return denominator == 0 ? "–" : String.format(Locale.ROOT, "%.3f", (double) numerator / denominator);
  }
}
