package org.reeltrace.analysis;

/**
 * Seconds of one post that show the same footage as seconds of another: {@code [aStart, aEnd]} in post
 * a corresponds to {@code [bStart, bEnd]} in post b, {@code b = bStart + (a - aStart) * speed}.
 *
 * @param speed how many seconds of b pass per second of a (1 when neither is sped up)
 * @param score the matcher's confidence or similarity, in [0, 1]
 */
public record SharedSegment(double aStart, double aEnd, double bStart, double bEnd, double speed, double score) {
  public SharedSegment {
    check("aStart", aStart);
    check("aEnd", aEnd);
    check("bStart", bStart);
    check("bEnd", bEnd);
    if (aEnd < aStart) {
      throw new IllegalArgumentException("aEnd must be >= aStart, was " + aStart + ".." + aEnd);
    }
    if (bEnd < bStart) {
      throw new IllegalArgumentException("bEnd must be >= bStart, was " + bStart + ".." + bEnd);
    }
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("speed must be > 0, was " + speed);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score must be 0..1, was " + score);
    }
  }

  /** A segment at speed 1 with score 1. */
  public static SharedSegment of(double aStart, double aEnd, double bStart, double bEnd) {
    return new SharedSegment(aStart, aEnd, bStart, bEnd, 1.0, 1.0);
  }

  private static void check(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be a finite number of seconds >= 0, was " + v);
    }
  }

  /** The time in b that corresponds to time {@code a} in a. */
  double toB(double a) {
    return bStart + (a - aStart) * speed;
  }

  /** The time in a that corresponds to time {@code b} in b. */
  double toA(double b) {
    return aStart + (b - bStart) / speed;
  }

  /** The same segment seen from b. */
  SharedSegment swapped() {
    return new SharedSegment(bStart, bEnd, aStart, aEnd, 1.0 / speed, score);
  }
}
