package org.reeltrace.app;

import java.util.Locale;

/** A time in a video as people write it: {@code 0:03}, {@code 12:40}. */
final class MinutesSeconds {
  private MinutesSeconds() {}

  static String of(double seconds) {
    long s = (long) Math.floor(Math.max(0, seconds));
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
