package org.reeltrace.app;

import java.util.List;
import org.reeltrace.fingerprint.align.AlignerConfig;
import org.reeltrace.fingerprint.align.SegmentAligner;
import org.reeltrace.fingerprint.align.VideoMatch;

/**
 * Aligns two videos' whole pictures with the flat footage at their edges cut off ({@link
 * FrameHashes#withoutFlatEdges()}), on one side or both. Used where the whole pictures do not match: on a
 * flat animation the plain background along an edge is picture, but a re-poster's caption or download
 * watermark drawn there spoils the hash of footage that carries little else; cut off with the flat
 * background, it no longer counts (lineage evaluation, docs/benchmarks.md). The same track holds, where
 * there are no flat edges, the footage inside a blurred fill ({@link org.reeltrace.media.BlurredFillDetector}:
 * a landscape clip posted in a 9:16 frame over itself enlarged and blurred), which matches its source's
 * whole pictures only without the fill.
 */
final class FlatEdgesAlignment {
  private final SegmentAligner aligner = new SegmentAligner(AlignerConfig.copySearch());

  /**
   * The best of the alignments of the query's pictures without flat edges with the reference's, with the
   * reference's whole pictures, and of the query's whole pictures with the reference's without flat edges,
   * as far as the two have such pictures; no segments when neither has.
   */
  VideoMatch align(String queryId, FrameHashes query, String referenceId, FrameHashes reference) {
    WindowTrack queryCut = query.withoutFlatEdges();
    WindowTrack referenceCut = reference.withoutFlatEdges();
    VideoMatch best = new VideoMatch(queryId, referenceId, List.of(), 0, 0, 0, 0);
    if (queryCut.size() > 0) {
      var asQuery = queryCut.asQuery(queryId, query.durationSeconds(), query.framesPerSecond());
      best = better(best, aligner.align(asQuery, reference.asReference(referenceId)));
      if (referenceCut.size() > 0) {
        best = better(best, aligner.align(asQuery,
            referenceCut.asReference(referenceId, reference.durationSeconds(), reference.framesPerSecond())));
      }
    }
    if (referenceCut.size() > 0) {
      best = better(best, aligner.align(query.asQuery(queryId),
          referenceCut.asReference(referenceId, reference.durationSeconds(), reference.framesPerSecond())));
    }
    return best;
  }

  private static VideoMatch better(VideoMatch a, VideoMatch b) {
    if (b.segments().isEmpty()) {
      return a;
    }
    return a.segments().isEmpty() || b.queryAlignedPercent() > a.queryAlignedPercent() ? b : a;
  }
}
