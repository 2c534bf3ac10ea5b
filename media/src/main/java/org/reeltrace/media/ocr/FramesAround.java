package org.reeltrace.media.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.reeltrace.media.LumaFrame;

/**
 * Hands each frame of a stream on, in order, together with the frames within {@code seconds} of it
 * before and after (itself among them); keeps only the frames a later one still needs.
 */
final class FramesAround {
  private static final double EPSILON = 1e-6;

  private final double seconds;
  private final BiConsumer<LumaFrame, List<LumaFrame>> sink;
  private final List<LumaFrame> kept = new ArrayList<>();
  /** Index in {@link #kept} of the next frame to hand on. */
  private int next;

  FramesAround(double seconds, BiConsumer<LumaFrame, List<LumaFrame>> sink) {
    if (!(seconds >= 0)) {
      throw new IllegalArgumentException("seconds must be >= 0, was " + seconds);
    }
    this.seconds = seconds;
    this.sink = sink;
  }

  void add(LumaFrame frame) {
    kept.add(frame);
    while (next < kept.size() && frame.timestampSeconds() - kept.get(next).timestampSeconds() > seconds + EPSILON) {
      handOn();
    }
  }

  /** Hands on the frames still waiting for later ones: the stream ended. */
  void finish() {
    while (next < kept.size()) {
      handOn();
    }
  }

  private void handOn() {
    LumaFrame frame = kept.get(next);
    List<LumaFrame> around = new ArrayList<>();
    for (LumaFrame other : kept) {
      if (Math.abs(other.timestampSeconds() - frame.timestampSeconds()) <= seconds + EPSILON) {
        around.add(other);
      }
    }
    sink.accept(frame, around);
    next++;
    if (next < kept.size()) {
      double oldestNeeded = kept.get(next).timestampSeconds() - seconds - EPSILON;
      int drop = 0;
      while (drop < next && kept.get(drop).timestampSeconds() < oldestNeeded) {
        drop++;
      }
      kept.subList(0, drop).clear();
      next -= drop;
    }
  }
}
