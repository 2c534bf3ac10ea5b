package org.reeltrace.app;

import java.util.Objects;
import java.util.Optional;
import org.reeltrace.fingerprint.align.AlignerConfig;
import org.reeltrace.fingerprint.align.SegmentAligner;
import org.reeltrace.fingerprint.align.VideoMatch;
import org.reeltrace.media.PictureWindow;
import org.reeltrace.media.SampledVideo;
import org.reeltrace.media.WindowFinder;

/**
 * The footage two sampled videos share, and which view of them showed it.
 *
 * @param match the aligned segments (query = the first video, reference = the second)
 * @param view  {@code "whole"} when whole pictures matched; {@code "every frame of reference"} when the
 *     query's sampled pictures matched only (nearly) every frame of the reference's ({@link EveryFrameTrack}:
 *     a copy cut off the sampling grid); {@code "whole, flat edges cut off"} when the whole pictures matched
 *     once the flat footage at the edges of either, or the blurred fill around it, was cut off
 *     ({@link FlatEdgesAlignment}: a caption in a flat animation's plain sky, a landscape clip posted in a
 *     9:16 frame over itself blurred); {@code "reference window X,Y,WxH"} when the
 *     query's whole picture matched that window of the reference's (the query is a crop of the
 *     reference, or the reference shows the query as an inset); {@code "query window X,Y,WxH"} the other
 *     way round; {@code "regions top-right ~ top-left"} when only parts of the pictures matched (a copy
 *     with an overlay over the rest; {@link RegionAlignment}); {@code "zoom 0.9 of reference"} when the
 *     query's whole picture matched that centred {@link ZoomWindow} of the reference's (the query is a
 *     zoomed-in copy), {@code "zoom 0.9 of query"} the other way round, either followed by
 *     {@code ", overlays painted over"} when the copy's picture matched with its overlays painted over
 *     (a crop under a watermark); {@code "overlays painted over"}
 *     when the pictures matched only once their overlays were painted over ({@link OverlayFreeAlignment})
 */
record PairMatch(VideoMatch match, String view) {
  /** Whole-picture matches covering less of the query than this also try the window pass. */
  static final double STRONG_WHOLE_PERCENT = 50;

  PairMatch {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(view, "view");
  }

  /*
   * Two passes. Whole pictures first (PDQ with dihedral variants; covers re-encodes, mirroring, colour,
   * watermarks, letterboxing, speed and cuts); when weak, again against every frame of the reference, as
   * the index search does (a cut off the sampling grid on fast footage), and with the flat edges (or a
   * blurred fill) cut off.
   * When that finds nothing,
   * WindowFinder looks for the window of either video that shows the whole of the other (a crop, or a
   * picture-in-picture inset), and that window of every sampled picture is hashed and aligned like a whole picture: the aligner's
   * temporal consistency and distance threshold still decide, so a window that merely correlates
   * (unrelated footage) yields no segment. The second pass costs about a second per pair on a 2-core
   * machine, acceptable for a two-file comparison, not for an index search. A weak whole-picture match
   * (under STRONG_WHOLE_PERCENT of the query aligned) also tries it: a 4-10 % crop leaves a few whole
   * frames within the threshold, a short stray segment (copy-detection evaluation: 4 of 11 light crops,
   * query IoU about 0.2); the view aligning more of the query wins. Last, as in the index search, the
   * picture regions (an overlay spoiling the whole picture's hash leaves some region alone), and the
   * centred zoom windows (a zoomed-in copy; cheap next to the window finder: 22 more hashes per frame),
   * and the pictures with their overlays painted over (a logo or caption on smooth footage).
   */
  static PairMatch of(VideoFingerprinting fingerprinting, String queryId, SampledVideo query, String referenceId,
      SampledVideo reference, EveryFrameTrack referenceFrames) {
    SegmentAligner aligner = new SegmentAligner(AlignerConfig.copySearch());
    FrameHashes wholeQuery = fingerprinting.fingerprint(query, PictureWindow.WHOLE);
    FrameHashes wholeReference = fingerprinting.fingerprint(reference, PictureWindow.WHOLE);
    VideoMatch whole = aligner.align(wholeQuery.asQuery(queryId), wholeReference.asReference(referenceId));
    PairMatch best = new PairMatch(whole, "whole");
    if (whole.queryAlignedPercent() >= STRONG_WHOLE_PERCENT) {
      return best;
    }
    if (referenceFrames.size() > 0) {
      VideoMatch everyFrame = aligner.align(wholeQuery.asQuery(queryId),
          referenceFrames.asReference(referenceId, wholeReference.durationSeconds()));
      best = better(best, new PairMatch(everyFrame, "every frame of reference"));
    }
    VideoMatch withoutFlatEdges = new FlatEdgesAlignment().align(
        queryId, wholeQuery.withoutFlatEdges(fingerprinting.withoutFlatEdges(query)),
        referenceId, wholeReference.withoutFlatEdges(fingerprinting.withoutFlatEdges(reference)));
    best = better(best, new PairMatch(withoutFlatEdges, "whole, flat edges cut off"));
    WindowFinder finder = new WindowFinder();
    Optional<PictureWindow> inReference = finder.find(query, reference);
    if (inReference.isPresent()) {
      VideoMatch m = aligner.align(wholeQuery.asQuery(queryId),
          fingerprinting.fingerprint(reference, inReference.get()).asReference(referenceId));
      best = better(best, new PairMatch(m, "reference window " + inReference.get().label()));
    }
    Optional<PictureWindow> inQuery = finder.find(reference, query);
    if (inQuery.isPresent()) {
      VideoMatch m = aligner.align(fingerprinting.fingerprint(query, inQuery.get()).asQuery(queryId),
          wholeReference.asReference(referenceId));
      best = better(best, new PairMatch(m, "query window " + inQuery.get().label()));
    }
    SampledVideo paintedQuery = fingerprinting.paintOver(query);
    SampledVideo paintedReference = fingerprinting.paintOver(reference);
    Optional<RegionAlignment.RegionMatch> regions = new RegionAlignment().best(queryId,
        wholeQuery.withRegions(fingerprinting.regions(paintedQuery)), referenceId,
        wholeReference.withRegions(fingerprinting.regions(paintedReference)));
    if (regions.isPresent()) {
      best = better(best, new PairMatch(regions.get().match(), regions.get().view()));
    }
    WindowTrack overlayFreeQuery = fingerprinting.overlayFree(paintedQuery);
    WindowTrack overlayFreeReference = fingerprinting.overlayFree(paintedReference);
    Optional<ZoomAlignment.ZoomMatch> zoom = new ZoomAlignment().best(queryId,
        wholeQuery.withZooms(fingerprinting.zooms(query)).withOverlayFree(overlayFreeQuery), referenceId,
        wholeReference.withZooms(fingerprinting.zooms(reference)).withOverlayFree(overlayFreeReference));
    if (zoom.isPresent()) {
      best = better(best, new PairMatch(zoom.get().match(), zoom.get().view()));
    }
    VideoMatch overlayFree = new OverlayFreeAlignment().align(queryId, wholeQuery.withOverlayFree(overlayFreeQuery),
        referenceId, wholeReference.withOverlayFree(overlayFreeReference));
    return better(best, new PairMatch(overlayFree, "overlays painted over"));
  }

  private static PairMatch better(PairMatch a, PairMatch b) {
    if (b.match.segments().isEmpty()) {
      return a;
    }
    if (a.match.segments().isEmpty()) {
      return b;
    }
    return b.match.queryAlignedPercent() > a.match.queryAlignedPercent() ? b : a;
  }
}
