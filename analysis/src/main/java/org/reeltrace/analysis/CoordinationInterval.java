package org.reeltrace.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Estimates the coordination interval from share times, after CooRnet's {@code estimate_coord_interval}.
 * Contract: given each cluster's share times (seconds, any order), returns an interval in seconds
 * (at least 1), or 1 when no cluster has two shares.
 */
final class CoordinationInterval {
  /*
   * CooRnet (Giglietto et al. 2020, "It takes a village to manipulate the media", Information,
   * Communication & Society; R package CooRnet, estimate_coord_interval) ranks every entity's share of
   * a URL by time since the URL's first share. It keeps the URLs shared more than once, takes the
   * quickest q (default 0.1) of them by the delay of their second share, and for each of those finds
   * the time it took to go past p (default 0.5) of its total shares; the interval is the median of
   * these times. Here a footage cluster plays the URL and a post plays a share.
   */

  private CoordinationInterval() {}

  static double estimate(List<double[]> shareTimesByCluster, double q, double p) {
    List<double[]> shared = new ArrayList<>();
    for (double[] times : shareTimesByCluster) {
      if (times.length > 1) {
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        double first = sorted[0];
        for (int i = 0; i < sorted.length; i++) {
          sorted[i] -= first;
        }
        shared.add(sorted);
      }
    }
    if (shared.isEmpty()) {
      return 1;
    }
    double[] secondDelays = shared.stream().mapToDouble(t -> t[1]).sorted().toArray();
    double cut = quantile(secondDelays, q);
    List<Double> reach = new ArrayList<>();
    for (double[] t : shared) {
      if (t[1] <= cut) {
        // the first rank whose share of the total exceeds p (rank / n > p), 1-based as in CooRnet
        int n = t.length;
        int rank = (int) Math.floor(p * n) + 1;
        reach.add(t[Math.min(rank, n) - 1]);
      }
    }
    double[] r = reach.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return Math.max(1, median(r));
  }

  /** The q-quantile with linear interpolation (R's default type 7). */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  static double median(double[] sorted) {
    return quantile(sorted, 0.5);
  }
}
