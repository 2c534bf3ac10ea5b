package org.reeltrace.analysis;

/** A stretch of a video, from {@code start} (inclusive) to {@code end} (exclusive), in seconds. */
public record SecondsRange(double start, double end) {
  public SecondsRange {
    if (!(start >= 0) || !(end >= start) || Double.isInfinite(end)) {
      throw new IllegalArgumentException("range must satisfy 0 <= start <= end, was " + start + ".." + end);
    }
  }

  public double length() {
    return end - start;
  }
}
