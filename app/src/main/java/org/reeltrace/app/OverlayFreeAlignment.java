package org.reeltrace.app;

import org.reeltrace.fingerprint.align.AlignerConfig;
import org.reeltrace.fingerprint.align.SegmentAligner;
import org.reeltrace.fingerprint.align.VideoMatch;

/**
 * Aligns the overlay-free pictures of two videos ({@link FrameHashes#overlayFree()}), the query's as they
 * are and mirrored. Used where the whole pictures do not match: a copy whose burnt-in handle, logo or
 * caption spoils the hash of smooth footage matches its source once both have their overlays painted over.
 */
final class OverlayFreeAlignment {
  /**
   * Largest distance at which two overlay-free pictures align: the whole picture's threshold is 48, but
   * painted-over pictures of low-contrast footage carry less detail, so the regions' tighter 40 is used.
   */
  static final int DISTANCE = 40;

  private final SegmentAligner aligner = new SegmentAligner(AlignerConfig.copySearch()
      .withDistanceThreshold(DISTANCE).withQualityThreshold(VideoFingerprinting.REGION_MIN_QUALITY));

  /** The alignment, with no segments when either video has no overlay-free pictures. */
  VideoMatch align(String queryId, FrameHashes query, String referenceId, FrameHashes reference) {
    return aligner.align(
        query.overlayFree().asQuery(queryId, query.durationSeconds(), query.framesPerSecond()),
        reference.overlayFree().asReference(referenceId, reference.durationSeconds(), reference.framesPerSecond()));
  }
}
