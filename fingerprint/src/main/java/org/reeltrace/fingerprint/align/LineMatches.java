package org.reeltrace.fingerprint.align;

import java.util.Arrays;

/**
 * For each query sample, its most similar alive frame pair within a tolerance (in reference
 * seconds) of a temporal line (of equally similar pairs, the one nearest the line), and a
 * sub-sample estimate of where on the reference it lies.
 */
final class LineMatches {
  /*
   * Choosing the most similar pair, not the one nearest the line, keeps the least-squares
   * refinement from confirming its own starting line: frames change gradually, so the closest
   * hash marks the true position, while the nearest pair to a slightly wrong line drifts with it.
   * The position used for fitting is the similarity-weighted mean time of all pairs within the
   * tolerance (weight (threshold + 1 - distance)^2): a query sample that falls between two
   * reference samples matches both, the nearer one better.
   */
  final TemporalLine line;
  /** Index into the pairs of query sample i's match on the line, or -1. */
  final int[] pairOf;
  /** Estimated reference time of query sample i (valid where pairOf[i] >= 0). */
  final double[] position;
  final int count;
  /** Sum over matched samples of (threshold + 1 - distance): how well the line is supported. */
  final long support;

  LineMatches(TemporalLine line, double tolerance, FramePairs pairs, boolean[] alive,
      boolean[] consumed, double[] qTimes, double[] rTimes, int threshold) {
    this.line = line;
    pairOf = new int[qTimes.length];
    position = new double[qTimes.length];
    Arrays.fill(pairOf, -1);
    int n = 0;
    long total = 0;
    for (int i = 0; i < qTimes.length; i++) {
      if (consumed[i]) {
        continue;
      }
      double predicted = line.referenceTime(qTimes[i]);
      double bestDeviation = Double.MAX_VALUE;
      double weightSum = 0;
      double weightedTime = 0;
      for (int p = pairs.firstOf[i]; p < pairs.firstOf[i + 1]; p++) {
        if (!alive[p]) {
          continue;
        }
        double deviation = Math.abs(rTimes[pairs.reference[p]] - predicted);
        if (deviation > tolerance) {
          continue;
        }
        double w = threshold + 1 - pairs.distance[p];
        weightSum += w * w;
        weightedTime += w * w * rTimes[pairs.reference[p]];
        int current = pairOf[i];
        if (current < 0 || pairs.distance[p] < pairs.distance[current]
            || pairs.distance[p] == pairs.distance[current] && deviation < bestDeviation) {
          bestDeviation = deviation;
          pairOf[i] = p;
        }
      }
      if (pairOf[i] >= 0) {
        n++;
        total += threshold + 1 - pairs.distance[pairOf[i]];
        position[i] = weightedTime / weightSum;
      }
    }
    count = n;
    support = total;
  }

  /**
   * The least-squares line through the matches' positions, its speed clamped to the searched
   * range; this line when the matches span less than two distinct query times.
   */
  TemporalLine fit(double[] qTimes, double minSpeed, double maxSpeed) {
    double n = 0;
    double sx = 0;
    double sy = 0;
    for (int i = 0; i < pairOf.length; i++) {
      if (pairOf[i] >= 0) {
        n++;
        sx += qTimes[i];
        sy += position[i];
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
        sxy += dx * (position[i] - my);
      }
    }
    if (sxx <= 1e-12) {
      return line;
    }
    double speed = Math.max(minSpeed, Math.min(maxSpeed, sxy / sxx));
    return new TemporalLine(speed, my - speed * mx);
  }

  /** The sum of squared deviations of the matches' positions from a line. */
  double residual(TemporalLine other, double[] qTimes) {
    double sum = 0;
    for (int i = 0; i < pairOf.length; i++) {
      if (pairOf[i] >= 0) {
        double d = position[i] - other.referenceTime(qTimes[i]);
        sum += d * d;
      }
    }
    return sum;
  }

  /** The least-squares line of the given speed through the matches' positions. */
  TemporalLine fitAtSpeed(double[] qTimes, double speed) {
    double n = 0;
    double sum = 0;
    for (int i = 0; i < pairOf.length; i++) {
      if (pairOf[i] >= 0) {
        n++;
        sum += position[i] - speed * qTimes[i];
      }
    }
    return n == 0 ? line : new TemporalLine(speed, sum / n);
  }
}
