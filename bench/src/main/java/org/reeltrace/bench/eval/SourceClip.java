package org.reeltrace.bench.eval;

import java.util.Objects;

/**
 * A source clip of the corpus (an original that queries copy).
 *
 * @param id              file name in the corpus folder
 * @param origin          where the footage came from (a sample video or a photograph)
 * @param durationSeconds length of the clip
 */
record SourceClip(String id, String origin, double durationSeconds) {
  SourceClip {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
      throw new IllegalArgumentException("source " + id + ": duration must be > 0 s, was " + durationSeconds);
    }
  }
}
