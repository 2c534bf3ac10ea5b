package org.reeltrace.app;

import java.util.Optional;
import org.reeltrace.fingerprint.align.AlignerConfig;
import org.reeltrace.fingerprint.align.SegmentAligner;
import org.reeltrace.fingerprint.align.VideoMatch;

/**
 * Aligns the whole pictures of one video with a {@link ZoomWindow} of the other's: the first is a
 * zoomed-in copy of the second. Used where the whole pictures do not match. Both videos are taken as
 * they are and mirrored left to right. The copy's pictures may also be taken with their overlays painted
 * over ({@link FrameHashes#overlayFree()}): a crop under a watermark or a logo.
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
  record ZoomMatch(VideoMatch match, ZoomWindow zoom, boolean ofReference, boolean overlayFree) {
    /**
     * {@code "zoom 0.9 of reference"}: the other video's whole picture matched this window; with
     * {@code ", overlays painted over"} when it matched once its overlays were painted over.
     */
    String view() {
      return zoom.label() + " of " + (ofReference ? "reference" : "query")
          + (overlayFree ? ", overlays painted over" : "");
    }
  }

  /**
   * The alignment of the query's overlay-free pictures ({@link FrameHashes#overlayFree()}) with
   * {@code zoom} of the reference's: the query is a crop under a watermark or handle, whose overlay spoils the whole
   * picture's hash (lineage evaluation: 5 % and 9 % crops under download watermarks). The reference's
   * window is taken as it is: the source carries no overlay of the copy's.
   */
  private VideoMatch alignOverlayFreeWithReferenceZoom(String queryId, FrameHashes query, String referenceId,
      FrameHashes reference, ZoomWindow zoom) {
    return aligner.align(query.overlayFree().asQuery(queryId, query.durationSeconds(), query.framesPerSecond()),
        reference.zoom(zoom).asReference(referenceId, reference.durationSeconds(), reference.framesPerSecond()));
  }

  /**
   * The alignment of {@code zoom} of the query's pictures with the reference's overlay-free ones (the
   * reference is the crop).
   */
  private VideoMatch alignQueryZoomWithOverlayFree(String queryId, FrameHashes query, ZoomWindow zoom,
      String referenceId, FrameHashes reference) {
    return aligner.align(query.zoom(zoom).asQuery(queryId, query.durationSeconds(), query.framesPerSecond()),
        reference.overlayFree().asReference(referenceId, reference.durationSeconds(), reference.framesPerSecond()));
  }

  /** The alignment of the query's whole pictures with {@code zoom} of the reference's (the query is the crop). */
  private VideoMatch alignWithReferenceZoom(String queryId, FrameHashes query, String referenceId,
      FrameHashes reference, ZoomWindow zoom) {
    return aligner.align(query.asMirrorableQuery(queryId),
        reference.zoom(zoom).asReference(referenceId, reference.durationSeconds(), reference.framesPerSecond()));
  }

  /** The alignment of {@code zoom} of the query's pictures with the reference's whole ones (the reference is the crop). */
  private VideoMatch alignQueryZoom(String queryId, FrameHashes query, ZoomWindow zoom, String referenceId,
      FrameHashes reference) {
    return aligner.align(query.zoom(zoom).asQuery(queryId, query.durationSeconds(), query.framesPerSecond()),
        reference.asReference(referenceId));
  }

  /**
   * The alignment of {@code zoom} of one video's pictures with the other's: the reference's window when
   * {@code ofReference}, else the query's; against the other's overlay-free pictures when
   * {@code overlayFree}, else its whole ones.
   */
  VideoMatch align(String queryId, FrameHashes query, String referenceId, FrameHashes reference, ZoomWindow zoom,
      boolean ofReference, boolean overlayFree) {
    if (overlayFree) {
      return ofReference ? alignOverlayFreeWithReferenceZoom(queryId, query, referenceId, reference, zoom)
          : alignQueryZoomWithOverlayFree(queryId, query, zoom, referenceId, reference);
    }
    return ofReference ? alignWithReferenceZoom(queryId, query, referenceId, reference, zoom)
        : alignQueryZoom(queryId, query, zoom, referenceId, reference);
  }

  /**
   * The window, of either video, aligning the most of the query, if any aligns at all: against the other
   * video's whole pictures, then against its overlay-free ones (when the fingerprints hold them).
   */
  Optional<ZoomMatch> best(String queryId, FrameHashes query, String referenceId, FrameHashes reference) {
    ZoomMatch best = null;
    for (ZoomWindow zoom : ZoomWindow.values()) {
      for (boolean ofReference : new boolean[] {true, false}) {
        for (boolean overlayFree : new boolean[] {false, true}) {
          FrameHashes copy = ofReference ? query : reference;
          if (overlayFree && copy.overlayFree().originals().isEmpty()) {
            continue; // fingerprints without overlay-free pictures
          }
          VideoMatch m = align(queryId, query, referenceId, reference, zoom, ofReference, overlayFree);
          if (!m.segments().isEmpty()
              && (best == null || m.queryAlignedPercent() > best.match().queryAlignedPercent())) {
            best = new ZoomMatch(m, zoom, ofReference, overlayFree);
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
