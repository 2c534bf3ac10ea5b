package org.reeltrace.app;

import java.util.Optional;
import org.reeltrace.fingerprint.align.AlignerConfig;
import org.reeltrace.fingerprint.align.SegmentAligner;
import org.reeltrace.fingerprint.align.VideoMatch;

/**
 * Aligns the {@link PictureRegion}s of two videos: a region with the same region of the other video, or
 * with its mirror image (a mirrored copy's top-left quarter is its source's top-right one, flipped).
 * Used where the whole pictures do not match, for copies with overlays.
 */
final class RegionAlignment {
  /**
   * Largest distance at which two regions' frames align: tighter than the whole picture's 48, since a
   * region carries less of the picture. Overlay copies' clean regions lay within 6–38 bits of the source
   * (docs/benchmarks.md), unrelated regions 104–114 (median).
   */
  static final int DISTANCE = 40;

  private final SegmentAligner aligner = new SegmentAligner(AlignerConfig.copySearch()
      .withDistanceThreshold(DISTANCE).withQualityThreshold(VideoFingerprinting.REGION_MIN_QUALITY));

  /** A match found on regions, and on which. */
  record RegionMatch(VideoMatch match, PictureRegion queryRegion, PictureRegion referenceRegion) {
    /** {@code "regions top-right ~ top-left"}. */
    String view() {
      return "regions " + label(queryRegion) + " ~ " + label(referenceRegion);
    }

    private static String label(PictureRegion region) {
      return region.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** Whether the two regions may show the same part of a picture (the same, or mirrored). */
  static boolean comparable(PictureRegion queryRegion, PictureRegion referenceRegion) {
    return referenceRegion == queryRegion || referenceRegion == queryRegion.mirrored();
  }

  /** The alignment of one region of the query with one region of the reference. */
  VideoMatch align(String queryId, FrameHashes query, PictureRegion queryRegion, String referenceId,
      FrameHashes reference, PictureRegion referenceRegion) {
    return aligner.align(
        query.region(queryRegion).asQuery(queryId, query.durationSeconds(), query.framesPerSecond()),
        reference.region(referenceRegion).asReference(referenceId, reference.durationSeconds(),
            reference.framesPerSecond()));
  }

  /** The region pair aligning the most of the query, if any aligns at all. */
  Optional<RegionMatch> best(String queryId, FrameHashes query, String referenceId, FrameHashes reference) {
    RegionMatch best = null;
    for (RegionTrack q : query.regions()) {
      for (RegionTrack r : reference.regions()) {
        if (!comparable(q.region(), r.region())) {
          continue;
        }
        VideoMatch m = align(queryId, query, q.region(), referenceId, reference, r.region());
        if (!m.segments().isEmpty()
            && (best == null || m.queryAlignedPercent() > best.match().queryAlignedPercent())) {
          best = new RegionMatch(m, q.region(), r.region());
        }
      }
    }
    return Optional.ofNullable(best);
  }
}
