package org.reeltrace.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.align.SegmentAligner;
import org.reeltrace.fingerprint.align.AlignerConfig;
import org.reeltrace.fingerprint.align.VideoMatch;
import org.reeltrace.fingerprint.index.MultiIndex;

/**
 * Finds the stored videos that share footage with a query video: frame hashes of every stored video
 * go into a Hamming multi-index; each query frame (all eight dihedral variants) looks up the frames
 * within the match radius; videos hit by enough distinct query frames are aligned in time with the
 * query, and those with at least one aligned segment are the matches.
 */
final class CopyIndex {
  /**
   * PDQ distance up to which a frame hit makes a video a candidate (vPDQ's threshold; the aligner then
   * accepts frame pairs up to {@link AlignerConfig#copySearch()}'s wider threshold).
   */
  static final int RADIUS = 31;
  /** Distinct query frames that must hit a video before it is aligned. */
  static final int MIN_FRAME_HITS = 1;
  private static final int FRAME_BITS = 24;

  private final MultiIndex index = new MultiIndex();
  private final List<String> ids = new ArrayList<>();
  private final List<FrameHashes> videos = new ArrayList<>();
  private final SegmentAligner aligner = new SegmentAligner(AlignerConfig.copySearch());

  /** Adds a video's frames under {@code id}. */
  void add(String id, FrameHashes video) {
    int ordinal = ids.size();
    ids.add(id);
    videos.add(video);
    List<PdqDihedral> frames = video.frames();
    int n = Math.min(frames.size(), 1 << FRAME_BITS);
    long[] frameIds = new long[n];
    long[] words = new long[4 * n];
    for (int f = 0; f < n; f++) {
      PdqHash h = frames.get(f).original();
      frameIds[f] = ((long) ordinal << FRAME_BITS) | f;
      words[4 * f] = h.w0();
      words[4 * f + 1] = h.w1();
      words[4 * f + 2] = h.w2();
      words[4 * f + 3] = h.w3();
    }
    index.addAll(frameIds, words);
  }

  int size() {
    return ids.size();
  }

  /** The stored videos sharing footage with {@code query}, best first; {@code self} (may be null) is skipped. */
  List<VideoMatch> search(String queryId, FrameHashes query, String self) {
    Map<Integer, java.util.BitSet> hitFrames = new HashMap<>();
    List<PdqDihedral> frames = query.frames();
    for (int q = 0; q < frames.size(); q++) {
      int queryFrame = q;
      for (PdqHash h : frames.get(q).hashes()) {
        index.search(h.w0(), h.w1(), h.w2(), h.w3(), RADIUS, (id, distance) -> {
          int ordinal = (int) (id >>> FRAME_BITS);
          hitFrames.computeIfAbsent(ordinal, k -> new java.util.BitSet()).set(queryFrame);
        });
      }
    }
    List<VideoMatch> matches = new ArrayList<>();
    var asQuery = query.asQuery(queryId);
    for (Map.Entry<Integer, java.util.BitSet> e : hitFrames.entrySet()) {
      String id = ids.get(e.getKey());
      if (id.equals(self) || e.getValue().cardinality() < MIN_FRAME_HITS) {
        continue;
      }
      VideoMatch match = aligner.align(asQuery, videos.get(e.getKey()).asReference(id));
      if (!match.segments().isEmpty()) {
        matches.add(match);
      }
    }
    matches.sort((a, b) -> Double.compare(b.queryAlignedPercent(), a.queryAlignedPercent()));
    return matches;
  }
}
