package org.reeltrace.app;

import java.util.Optional;
import org.reeltrace.fingerprint.align.AlignerConfig;
import org.reeltrace.fingerprint.align.SegmentAligner;
import org.reeltrace.fingerprint.align.VideoMatch;

/**
 * Aligns the whole pictures of one video with a {@link ZoomWindow} of the other's: the first is a
 * zoomed-in copy of the second. Used where the whole pictures do not match. Both videos are taken as
 * they are and mirrored left to right.
 */
final class ZoomAlignment {
  /**
   * Largest distance at which a whole picture and a zoom window align: tighter than the whole picture's
   * 48, as for regions. In the copy-detection evaluation no whole picture of 1,441 unrelated query-source
   * pairs came within 40 bits of any zoom window (lowest 76), and 48 found no more copies than 40
   * (docs/benchmarks.md, "Zoomed-in copies in the analyze path").
   */
  static final int DISTANCE = 40;

  private final SegmentAligner aligner =
      new SegmentAligner(AlignerConfig.copySearch().withDistanceThreshold(DISTANCE));

  /**
   * A match found on a zoom window.
   *
   * @param match       the aligned segments
   * @param zoom        the window
   * @param ofReference true when the window is the reference's (the query is the zoomed-in copy), false
   *     when it is the query's
   */
  record ZoomMatch(VideoMatch match, ZoomWindow zoom, boolean ofReference) {
    /** {@code "zoom 0.9 of reference"}: the other video's whole picture matched this window. */
    String view() {
      return zoom.label() + " of " + (ofReference ? "reference" : "query");
    }
  }

  /** The alignment of the query's whole pictures with {@code zoom} of the reference's (the query is the crop). */
  VideoMatch alignWithReferenceZoom(String queryId, FrameHashes query, String referenceId, FrameHashes reference,
      ZoomWindow zoom) {
    return aligner.align(query.asMirrorableQuery(queryId),
        reference.zoom(zoom).asReference(referenceId, reference.durationSeconds(), reference.framesPerSecond()));
  }

  /** The alignment of {@code zoom} of the query's pictures with the reference's whole ones (the reference is the crop). */
  VideoMatch alignQueryZoom(String queryId, FrameHashes query, ZoomWindow zoom, String referenceId,
      FrameHashes reference) {
    return aligner.align(query.zoom(zoom).asQuery(queryId, query.durationSeconds(), query.framesPerSecond()),
        reference.asReference(referenceId));
  }

  /** The window, of either video, aligning the most of the query, if any aligns at all. */
  Optional<ZoomMatch> best(String queryId, FrameHashes query, String referenceId, FrameHashes reference) {
    ZoomMatch best = null;
    for (ZoomWindow zoom : ZoomWindow.values()) {
      for (boolean ofReference : new boolean[] {true, false}) {
        VideoMatch m = ofReference ? alignWithReferenceZoom(queryId, query, referenceId, reference, zoom)
            : alignQueryZoom(queryId, query, zoom, referenceId, reference);
        if (!m.segments().isEmpty()
            && (best == null || m.queryAlignedPercent() > best.match().queryAlignedPercent())) {
          best = new ZoomMatch(m, zoom, ofReference);
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
