package org.reeltrace.bench.eval;

import java.util.Objects;
import java.util.Optional;

/**
 * What a generated query video really is.
 *
 * @param queryId   file name of the query in the corpus folder
 * @param transform how it was made
 * @param sourceId  the source clip it copies; empty for a {@link Transform#NEGATIVE}
 * @param query     where the copied footage sits in the query (the whole query for a negative)
 * @param source    the stretch of the source it shows (unused, [0, 0], for a negative)
 * @param speed     source seconds per query second (1 unless {@link Transform#SPEED})
 */
record GroundTruth(String queryId, Transform transform, Optional<String> sourceId, Interval query,
    Interval source, double speed) {
  GroundTruth {
    Objects.requireNonNull(queryId, "queryId");
    Objects.requireNonNull(transform, "transform");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(source, "source");
    if ((transform == Transform.NEGATIVE) != sourceId.isEmpty()) {
      throw new IllegalArgumentException(
          "query " + queryId + ": a negative has no source and every copy has one, was " + transform + " of " + sourceId);
    }
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("query " + queryId + ": speed must be > 0, was " + speed);
    }
  }

  boolean isNegative() {
    return sourceId.isEmpty();
  }
}
