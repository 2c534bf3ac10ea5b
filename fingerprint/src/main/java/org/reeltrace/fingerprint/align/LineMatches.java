package org.reeltrace.fingerprint.align;

import java.util.Arrays;

/**
 * For each query sample, its most similar alive frame pair within a tolerance (in reference
 * seconds) of a temporal line; of equally similar pairs, the one nearest the line.
 */
final class LineMatches {
  final TemporalLine line;
  /** Index into the pairs of query sample i's match on the line, or -1. */
  final int[] pairOf;
  final int count;

  LineMatches(TemporalLine line, double tolerance, FramePairs pairs, boolean[] alive,
      boolean[] consumed, double[] qTimes, double[] rTimes) {
    this.line = line;
    pairOf = new int[qTimes.length];
    Arrays.fill(pairOf, -1);
    int n = 0;
    for (int i = 0; i < qTimes.length; i++) {
      if (consumed[i]) {
        continue;
      }
      double predicted = line.referenceTime(qTimes[i]);
      /*
       * Choosing the most similar pair, not the one nearest the line, keeps the least-squares
       * refinement from confirming its own starting line: frames change gradually, so the
       * closest hash marks the true position, while the nearest pair to a slightly wrong line
       * drifts with it.
       */
      double bestDeviation = Double.MAX_VALUE;
      for (int p = pairs.firstOf[i]; p < pairs.firstOf[i + 1]; p++) {
        if (!alive[p]) {
          continue;
        }
        double deviation = Math.abs(rTimes[pairs.reference[p]] - predicted);
        if (deviation > tolerance) {
          continue;
        }
        int current = pairOf[i];
        if (current < 0 || pairs.distance[p] < pairs.distance[current]
            || pairs.distance[p] == pairs.distance[current] && deviation < bestDeviation) {
          bestDeviation = deviation;
          pairOf[i] = p;
        }
      }
      if (pairOf[i] >= 0) {
        n++;
      }
    }
    count = n;
  }

  /**
   * The least-squares line through the matches, its speed clamped to the searched range; this
   * line when the matches span less than two distinct query times.
   */
  TemporalLine fit(FramePairs pairs, double[] qTimes, double[] rTimes, double minSpeed,
      double maxSpeed) {
    double n = 0;
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < pairOf.length; i++) {
      if (pairOf[i] >= 0) {
        n++;
        sx += qTimes[i];
        sy += rTimes[pairs.reference[pairOf[i]]];
      }
    }
    if (n < 2) {
      return line;
    }
    double mx = sx / n;
    double my = sy / n;
    double sxx = 0;
    double sxy = 0;
    for (int i = 0; i < pairOf.length; i++) {
      if (pairOf[i] >= 0) {
        double dx = qTimes[i] - mx;
        sxx += dx * dx;
        sxy += dx * (rTimes[pairs.reference[pairOf[i]]] - my);
      }
    }
    if (sxx <= 1e-12) {
      return line;
    }
    double speed = Math.max(minSpeed, Math.min(maxSpeed, sxy / sxx));
    return new TemporalLine(speed, my - speed * mx);
  }
}
