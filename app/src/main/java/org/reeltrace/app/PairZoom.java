package org.reeltrace.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.align.Dihedral;
import org.reeltrace.fingerprint.align.Segment;
import org.reeltrace.fingerprint.align.VideoMatch;

/**
 * How two matched videos frame their shared footage: whether one shows only a centred part of the
 * other's picture (cropped, usually scaled back: zoomed in), read from the stored {@link ZoomWindow}
 * hashes along the match's longest segment. The result is {@link org.reeltrace.analysis.PostMatch#zoom()}
 * with the query as {@code a}: below 1 the query shows the centre {@code zoom} of the reference's
 * picture, above 1 the reference the centre {@code 1/zoom} of the query's, 1 when alike or not known.
 */
final class PairZoom {
  /*
   * Why it is measured again after matching: the copy search finds a zoomed-in copy on any pass (whole
   * pictures for light crops, zoom windows for deeper ones) and reports only the aligned seconds, while
   * lineage needs the framing itself to tell which earlier copy a re-post inherited its crop from.
   *
   * Measure: along the segment, the median PDQ distance of the query's whole pictures to the
   * reference's (d), of the query's whole pictures to each reference zoom window, and of each query
   * zoom window to the reference's whole pictures. A window wins when its median lies MARGIN bits
   * below d and below every other: the window nearest a true crop lies 10-25 bits from it, the whole
   * picture of a 5 % crop 44-56 bits (docs/benchmarks.md, "Zoomed-in copies in the analyze path"), and
   * between same-framed copies every window is farther than the whole picture (0.95 already 44-56).
   */
  static final int MARGIN = 8;
  /** Frame pairs farther apart in time than this (the store samples 5 frames a second) are not compared. */
  private static final double NEAR_SECONDS = 0.11;
  private static final int LEAST_PAIRS = 3;

  private PairZoom() {}

  /** The zoom of {@code query} relative to {@code reference} where {@code match} aligned them; 1 when not known. */
  static double of(FrameHashes query, FrameHashes reference, VideoMatch match) {
    Segment segment = match.longestSegment().orElse(null);
    if (segment == null || query.zooms().isEmpty() || reference.zooms().isEmpty()
        || (segment.variant() != Dihedral.ORIGINAL && segment.variant() != Dihedral.MIRRORED)) {
      return 1;
    }
    boolean mirrored = segment.variant() == Dihedral.MIRRORED;
    List<PdqHash> queryWhole = new ArrayList<>();
    List<PdqHash> referenceWhole = new ArrayList<>();
    for (int i = 0; i < query.frames().size(); i++) {
      queryWhole.add(mirrored ? Dihedral.MIRRORED.of(query.frames().get(i)) : query.frames().get(i).original());
    }
    for (int j = 0; j < reference.frames().size(); j++) {
      referenceWhole.add(reference.frames().get(j).original());
    }
    double best = median(segment, query.seconds(), queryWhole, reference.seconds(), referenceWhole);
    if (Double.isNaN(best)) {
      return 1;
    }
    double bestZoom = 1;
    double whole = best;
    for (ZoomWindow window : ZoomWindow.values()) {
      WindowTrack referenceWindow = reference.zoom(window);
      double queryZoomedIn = median(segment, query.seconds(), queryWhole, referenceWindow.seconds(),
          referenceWindow.originals());
      if (queryZoomedIn < best) {
        best = queryZoomedIn;
        bestZoom = window.scale();
      }
      WindowTrack queryWindow = query.zoom(window);
      double referenceZoomedIn = median(segment, queryWindow.seconds(),
          mirrored ? queryWindow.mirrored() : queryWindow.originals(), reference.seconds(), referenceWhole);
      if (referenceZoomedIn < best) {
        best = referenceZoomedIn;
        bestZoom = 1 / window.scale();
      }
    }
    return best <= whole - MARGIN ? bestZoom : 1;
  }

  /** The median distance of query and reference hashes paired in time along the segment; NaN when too few pair. */
  private static double median(Segment segment, List<Double> queryTimes, List<PdqHash> queryHashes,
      List<Double> referenceTimes, List<PdqHash> referenceHashes) {
    List<Integer> distances = new ArrayList<>();
    for (int i = 0; i < queryTimes.size(); i++) {
      double t = queryTimes.get(i);
      if (t < segment.queryStart() || t > segment.queryEnd()) {
        continue;
      }
      double at = segment.referenceStart() + (t - segment.queryStart()) * segment.speed();
      int j = nearest(referenceTimes, at);
      if (j >= 0) {
        distances.add(queryHashes.get(i).distance(referenceHashes.get(j)));
      }
    }
    if (distances.size() < LEAST_PAIRS) {
      return Double.NaN;
    }
    Collections.sort(distances);
    return distances.get(distances.size() / 2);
  }

  /** The index of the time nearest {@code at} within {@link #NEAR_SECONDS}, or -1; {@code times} ascending. */
  static int nearest(List<Double> times, double at) {
    int index = Collections.binarySearch(times, at);
    if (index >= 0) {
      return index;
    }
    int after = -index - 1;
    int best = -1;
    double gap = NEAR_SECONDS;
    for (int k = after - 1; k <= after; k++) {
      if (k >= 0 && k < times.size() && Math.abs(times.get(k) - at) <= gap) {
        gap = Math.abs(times.get(k) - at);
        best = k;
      }
    }
    return best;
  }
}
