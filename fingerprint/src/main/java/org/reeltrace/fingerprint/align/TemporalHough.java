package org.reeltrace.fingerprint.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the temporal line supported by the most query samples, by Hough voting over (speed,
 * offset).
 *
 * <p>Each matching frame pair (t_q, t_r) votes, for every speed s of a grid, for the offset
 * {@code o = t_r - s * t_q}, with weight {@code threshold + 1 - distance}; each query sample adds
 * only its best pair's weight to a cell. Among the cells with at least {@code minVotes} distinct
 * query samples the heaviest wins.
 */
final class TemporalHough {
  /*
   * Design (the classic temporal Hough transform of video copy detection):
   * - Law-To et al., "Video copy detection: a comparative study", CIVR 2007, register matched
   *   key-frames by voting for the time offset between query and reference; Douze, Jégou and
   *   Schmid, "An image-based approach to video copy detection with spatio-temporal
   *   post-filtering", IEEE Trans. Multimedia 12(4), 2010, vote on (offset) for each of a set of
   *   time-scale factors to allow speed changes. We do the same with a log-spaced speed grid.
   * - A query sample adds at most one vote to a cell (a "stamp" per cell remembers the last
   *   sample and its weight), so a still shot, whose frames each match many reference frames,
   *   cannot outvote the true line, which the moving parts support too.
   * - Votes are weighted by similarity (threshold + 1 - distance): frames change gradually, so a
   *   wrong speed through a few scenes still finds pairs within the threshold, but farther apart
   *   than the pairs on the true line.
   * - Offset bins are one sample interval wide (the larger of the query's and the reference's);
   *   cells are two bins wide and overlap by one, so pairs on a line are never split between
   *   neighbouring cells.
   * - Only each query sample's VOTING_PAIRS most similar pairs vote: in a still shot a sample
   *   matches every frame of the shot, which would make voting quadratic, and those votes carry
   *   no timing information anyway.
   * - The speed step keeps the drift between neighbouring speeds over the whole query below two
   *   offset bins at the fastest speed (one at speed 1), capped at MAX_SPEEDS steps; the voting
   *   only has to land near the line, the least-squares refinement recovers the rest.
   * Cost: (alive pairs) x (speeds), with memory for one row of offset cells.
   */
  private static final int MAX_SPEEDS = 600;
  private static final int VOTING_PAIRS = 6;
  private static final int SPEED_SEPARATION = 3;

  private final double[] speeds;
  private final double step;
  private final double binWidth;
  private final double minOffset;
  private final int[] votes;
  private final int[] samples;
  private final int[] stamps;
  private final int[] stampWeights;
  private final int threshold;

  TemporalHough(SampledSequence q, SampledSequence r, double minSpeed, double maxSpeed,
      int threshold) {
    this.threshold = threshold;
    binWidth = Math.max(r.interval, q.interval);
    double queryEnd = q.size == 0 ? 0 : q.times[q.size - 1];
    double referenceEnd = r.size == 0 ? 0 : r.times[r.size - 1];
    double span = Math.max(queryEnd - (q.size == 0 ? 0 : q.times[0]), binWidth);
    step =
        Math.max(2 * binWidth / (maxSpeed * span), Math.log(maxSpeed / minSpeed) / MAX_SPEEDS);
    int below = (int) Math.floor(Math.log(1 / minSpeed) / step + 1e-9);
    int above = (int) Math.floor(Math.log(maxSpeed) / step + 1e-9);
    boolean oneInRange = minSpeed <= 1 && maxSpeed >= 1;
    speeds = oneInRange ? new double[below + above + 1] : new double[Math.max(2, below + above + 1)];
    if (oneInRange) {
      // 1.0 first, then alternately faster and slower: ties go to the speed nearest 1.
      int n = 0;
      speeds[n++] = 1.0;
      for (int k = 1; n < speeds.length; k++) {
        if (k <= above) {
          speeds[n++] = Math.exp(k * step);
        }
        if (k <= below) {
          speeds[n++] = Math.exp(-k * step);
        }
      }
    } else {
      for (int k = 0; k < speeds.length; k++) {
        speeds[k] = minSpeed * Math.pow(maxSpeed / minSpeed, (double) k / (speeds.length - 1));
      }
    }
    minOffset = -maxSpeed * queryEnd - 2 * binWidth;
    double maxOffset = referenceEnd + 2 * binWidth;
    int bins = (int) Math.ceil((maxOffset - minOffset) / binWidth) + 2;
    votes = new int[bins];
    samples = new int[bins];
    stamps = new int[bins];
    stampWeights = new int[bins];
  }

  /**
   * Up to {@code limit} well-supported lines through the alive pairs, strongest first: the best
   * cell of each speed, keeping only speeds more than {@code SPEED_SEPARATION} grid steps from a
   * stronger one chosen (a peak smears over neighbouring speeds). Cells need votes from at least
   * {@code minVotes} distinct query samples; empty when none has.
   */
  List<TemporalLine> candidates(FramePairs pairs, boolean[] alive, double[] qTimes,
      double[] rTimes, int minVotes, int limit) {
    int[] voters = voters(pairs, alive);
    int n = voters.length;
    if (n < minVotes) {
      return List.of();
    }
    double[] tq = new double[n];
    double[] tr = new double[n];
    int[] sample = new int[n];
    int[] weight = new int[n];
    for (int m = 0; m < n; m++) {
      int p = voters[m];
      tq[m] = qTimes[pairs.query[p]] / binWidth;
      tr[m] = (rTimes[pairs.reference[p]] - minOffset) / binWidth;
      sample[m] = pairs.query[p] + 1;
      weight[m] = threshold + 1 - pairs.distance[p];
    }
    int[] speedVotes = new int[speeds.length];
    int[] speedCell = new int[speeds.length];
    for (int si = 0; si < speeds.length; si++) {
      double s = speeds[si];
      int bestVotes = 0;
      int bestCell = -1;
      for (int k = 0; k < n; k++) {
        int bin = (int) (tr[k] - s * tq[k]);
        for (int cell = bin - 1; cell <= bin; cell++) {
          int v;
          if (stamps[cell] != sample[k]) {
            stamps[cell] = sample[k];
            stampWeights[cell] = weight[k];
            samples[cell]++;
            v = votes[cell] += weight[k];
          } else if (weight[k] > stampWeights[cell]) {
            v = votes[cell] += weight[k] - stampWeights[cell];
            stampWeights[cell] = weight[k];
          } else {
            continue;
          }
          if (v > bestVotes && samples[cell] >= minVotes) {
            bestVotes = v;
            bestCell = cell;
          }
        }
      }
      speedVotes[si] = bestVotes;
      speedCell[si] = bestCell;
      for (int k = 0; k < n; k++) {
        int bin = (int) (tr[k] - s * tq[k]);
        for (int cell = bin - 1; cell <= bin; cell++) {
          votes[cell] = 0;
          samples[cell] = 0;
          stamps[cell] = 0;
        }
      }
    }
    // Strongest first; equal votes keep the grid order, which starts at speed 1.
    Integer[] order = new Integer[speeds.length];
    for (int si = 0; si < order.length; si++) {
      order[si] = si;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(speedVotes[b], speedVotes[a]));
    List<TemporalLine> out = new ArrayList<>();
    for (int si : order) {
      if (out.size() == limit || speedCell[si] < 0) {
        break;
      }
      boolean separate = true;
      for (TemporalLine chosen : out) {
        if (Math.abs(Math.log(speeds[si] / chosen.speed())) <= SPEED_SEPARATION * step) {
          separate = false;
          break;
        }
      }
      if (separate) {
        out.add(new TemporalLine(speeds[si], minOffset + (speedCell[si] + 1) * binWidth));
      }
    }
    return out;
  }

  /** The width of one offset bin, in reference seconds. */
  double binWidth() {
    return binWidth;
  }

  /** The alive pairs that vote: each query sample's VOTING_PAIRS most similar ones. */
  private static int[] voters(FramePairs pairs, boolean[] alive) {
    int[] out = new int[pairs.count];
    int n = 0;
    int querySamples = pairs.firstOf.length - 1;
    for (int i = 0; i < querySamples; i++) {
      int start = n;
      for (int p = pairs.firstOf[i]; p < pairs.firstOf[i + 1]; p++) {
        if (alive[p]) {
          out[n++] = p;
        }
      }
      if (n - start > VOTING_PAIRS) {
        // Keep the most similar; the sort key packs distance above the pair index.
        long[] keyed = new long[n - start];
        for (int k = start; k < n; k++) {
          keyed[k - start] = ((long) pairs.distance[out[k]] << 32) | out[k];
        }
        Arrays.sort(keyed);
        for (int k = 0; k < VOTING_PAIRS; k++) {
          out[start + k] = (int) keyed[k];
        }
        n = start + VOTING_PAIRS;
      }
    }
    return Arrays.copyOf(out, n);
  }
}
