package org.reeltrace.bench.signals;

/** True positives, false positives and false negatives of one signal type or language. */
final class Tally {
  private int truePositives;
  private int falsePositives;
  private int falseNegatives;

  void add(boolean expected, boolean found) {
    if (expected && found) {
      truePositives++;
    } else if (found) {
      falsePositives++;
    } else if (expected) {
      falseNegatives++;
    }
  }

  int truePositives() {
    return truePositives;
  }

  int falsePositives() {
    return falsePositives;
  }

  int falseNegatives() {
    return falseNegatives;
  }

  /** TP / (TP + FP); 1 when nothing was found (no false alarm). */
  double precision() {
    int found = truePositives + falsePositives;
    return found == 0 ? 1 : (double) truePositives / found;
  }

  /** TP / (TP + FN); 1 when nothing was expected. */
  double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? 1 : (double) truePositives / expected;
  }
}
