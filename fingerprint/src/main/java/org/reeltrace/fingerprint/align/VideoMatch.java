package org.reeltrace.fingerprint.align;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How one query video matches one reference video.
 *
 * <p>Two kinds of percentage are reported. The matched percentages follow vPDQ's definition
 * (ThreatExchange {@code vpdq/README.md}, "Comparison (Matching) Algorithm"): the share of the
 * unique, quality-filtered frame hashes of one video that lie within the distance threshold of any
 * frame of the other, ignoring time (a "bag of hashes"); for the query, any of its variants may
 * match. The aligned percentages count only time-consistent matches: the share of each video's
 * duration covered by the union of the segments.
 *
 * @param segments                  the aligned segments in query-time order; empty when there is
 *                                  no time-consistent match
 * @param queryMatchedPercent       vPDQ's query match percentage, 0..100
 * @param referenceMatchedPercent   vPDQ's compared-video match percentage, 0..100
 * @param queryAlignedPercent       share of the query's duration inside segments, 0..100
 * @param referenceAlignedPercent   share of the reference's duration inside segments, 0..100
 */
public record VideoMatch(
    String queryId,
    String referenceId,
    List<Segment> segments,
    double queryMatchedPercent,
    double referenceMatchedPercent,
    double queryAlignedPercent,
    double referenceAlignedPercent) {
  public VideoMatch {
    Objects.requireNonNull(queryId, "queryId");
    Objects.requireNonNull(referenceId, "referenceId");
    segments = List.copyOf(segments);
    checkPercent("query matched", queryMatchedPercent);
    checkPercent("reference matched", referenceMatchedPercent);
    checkPercent("query aligned", queryAlignedPercent);
    checkPercent("reference aligned", referenceAlignedPercent);
  }

  /** The segment spanning the most query seconds (the first of equals), or empty when there is none. */
  public Optional<Segment> longestSegment() {
    Segment longest = null;
    for (Segment s : segments) {
      if (longest == null || s.queryEnd() - s.queryStart() > longest.queryEnd() - longest.queryStart()) {
        longest = s;
      }
    }
    return Optional.ofNullable(longest);
  }

  private static void checkPercent(String name, double value) {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(name + " percent must be 0..100, was " + value);
    }
  }
}
