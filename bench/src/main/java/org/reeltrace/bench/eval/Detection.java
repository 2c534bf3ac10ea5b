package org.reeltrace.bench.eval;

import java.util.List;
import java.util.Objects;

/**
 * What the detector reported for one query against one source: the aligned segments' query and
 * source intervals (never empty: a source without segments is no detection).
 *
 * @param sourceId       the source the segments name
 * @param queryIntervals query interval of each segment
 * @param sourceIntervals source interval of each segment, in the same order
 * @param note           a short description for failure lists (e.g. matched frames, distances)
 */
record Detection(String sourceId, List<Interval> queryIntervals, List<Interval> sourceIntervals, String note) {
  Detection {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(note, "note");
    queryIntervals = List.copyOf(queryIntervals);
    sourceIntervals = List.copyOf(sourceIntervals);
    if (queryIntervals.isEmpty() || queryIntervals.size() != sourceIntervals.size()) {
      throw new IllegalArgumentException("detection of " + sourceId + " needs one source interval per query "
          + "interval and at least one, was " + queryIntervals.size() + " and " + sourceIntervals.size());
    }
  }
}
