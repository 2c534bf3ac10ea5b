package org.reeltrace.app;

import java.util.List;

/** The signal finders the analyze pipeline runs, in order. */
final class SignalFinders {
  private SignalFinders() {}

  static List<SignalFinder> all() {
    return List.of(new TextSignals(), new CaptureSignalFinder());
  }
}
