package org.reeltrace.bench.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A query's detections judged against its ground truth.
 *
 * <p>Rules: the query is <em>found</em> when some detection names its true source; every detection
 * naming another source is a false positive (for a negative, every detection is one). The IoUs
 * compare the union of the true source's reported intervals with the true intervals.
 *
 * @param truth      what the query really is
 * @param detections every source with at least one reported segment
 * @param diagnosis  extra facts for failure lists (e.g. frame distances to the true source); may be empty
 * @param trueDistances  for each hashed query frame, the Hamming distance to the nearest frame of the
 *                       true source over all dihedral variants, time ignored (empty for a negative)
 * @param otherDistances for each hashed query frame, the distance to the nearest frame of any other
 *                       source: what a threshold must stay below to avoid false matches
 */
record QueryOutcome(GroundTruth truth, List<Detection> detections, String diagnosis, List<Integer> trueDistances,
    List<Integer> otherDistances) {
  QueryOutcome {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(diagnosis, "diagnosis");
    detections = List.copyOf(detections);
    trueDistances = List.copyOf(trueDistances);
    otherDistances = List.copyOf(otherDistances);
  }

  QueryOutcome(GroundTruth truth, List<Detection> detections, String diagnosis) {
    this(truth, detections, diagnosis, List.of(), List.of());
  }

  boolean found() {
    return trueDetection().isPresent();
  }

  /** Detections naming a source other than the true one. */
  List<Detection> falsePositives() {
    return detections.stream().filter(d -> truth.sourceId().map(s -> !s.equals(d.sourceId())).orElse(true)).toList();
  }

  Optional<Detection> trueDetection() {
    return detections.stream().filter(d -> truth.sourceId().map(s -> s.equals(d.sourceId())).orElse(false))
        .findFirst();
  }

  /** Temporal IoU of the reported query intervals with the true one; empty when not found. */
  Optional<Double> queryIou() {
    return trueDetection().map(d -> Interval.iou(d.queryIntervals(), truth.query()));
  }

  /** Temporal IoU of the reported source intervals with the true one; empty when not found. */
  Optional<Double> sourceIou() {
    return trueDetection().map(d -> Interval.iou(d.sourceIntervals(), truth.source()));
  }
}
