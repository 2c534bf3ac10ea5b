package org.reeltrace.bench.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A stretch of time in seconds, {@code [start, end]}.
 *
 * @param start first second, {@code >= 0}
 * @param end   last second, {@code >= start}
 */
record Interval(double start, double end) {
  Interval {
    if (!(start >= 0 && end >= start) || Double.isInfinite(end)) {
      throw new IllegalArgumentException("interval must satisfy 0 <= start <= end, was [" + start + ", " + end + "]");
    }
  }

  double length() {
    return end - start;
  }

  /** Temporal intersection over union with {@code other}; 0 when both are empty. */
  double iou(Interval other) {
    return iou(List.of(this), other);
  }

  /**
   * Intersection over union of the union of {@code reported} with {@code truth}, measured as time:
   * a copy that the aligner split into two segments still scores 1 when together they cover the
   * true stretch exactly. 0 when nothing is reported.
   */
  static double iou(List<Interval> reported, Interval truth) {
    List<Interval> union = merged(reported);
    double intersection = 0;
    double reportedLength = 0;
    for (Interval r : union) {
      reportedLength += r.length();
      intersection += Math.max(0, Math.min(r.end, truth.end) - Math.max(r.start, truth.start));
    }
    double unionLength = reportedLength + truth.length() - intersection;
    return unionLength <= 0 ? 0 : intersection / unionLength;
  }

  /** The intervals with overlapping ones merged, in time order. */
  static List<Interval> merged(List<Interval> intervals) {
    List<Interval> sorted = new ArrayList<>(intervals);
    sorted.sort(Comparator.comparingDouble(Interval::start));
    List<Interval> out = new ArrayList<>();
    for (Interval i : sorted) {
      if (!out.isEmpty() && i.start <= out.get(out.size() - 1).end) {
        Interval last = out.remove(out.size() - 1);
        out.add(new Interval(last.start, Math.max(last.end, i.end)));
      } else {
        out.add(i);
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%.1f–%.1f s", start, end);
  }
}
