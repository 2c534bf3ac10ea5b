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
 *
 * <p>A second pass, for the stored videos the whole pictures did not match (or matched over less than
 * half the query), does the same with the
 * hashes of {@link PictureRegion}s (a second multi-index): a copy whose overlay spoils the whole
 * picture's hash still matches on a region the overlay leaves alone. A region is compared with the same
 * region, or with its mirror image for mirrored copies; it needs {@value #MIN_REGION_FRAME_HITS} distinct
 * query frames within the radius before it is aligned ({@link RegionAlignment}).
 */
final class CopyIndex {
  /**
   * PDQ distance up to which a frame hit makes a video a candidate (vPDQ's threshold; the aligner then
   * accepts frame pairs up to {@link AlignerConfig#copySearch()}'s wider threshold).
   */
  static final int RADIUS = 31;
  /** Distinct query frames that must hit a video before it is aligned. */
  static final int MIN_FRAME_HITS = 1;
  /**
   * Up to this many stored frames in all, the query is aligned with every stored video instead of only
   * those the index names. The index's 31-bit radius is a prefilter: a copy whose frames all lie 32–48
   * bits from its source (speed change, downscale and a burnt-in handle together) is aligned and matched
   * by {@code reeltrace match} but never named by the index (lineage evaluation, docs/benchmarks.md).
   * Aligning every pair costs about the square of the stored frames: 40 videos of 10 s (2,000 frames)
   * take 0.3 s on a 2-core VM, so this limit (400 such videos, or 67 of a minute) keeps the match stage
   * of such a store within about 30 s; larger stores rely on the index.
   */
  static final int ALIGN_ALL_UP_TO_FRAMES = 20_000;
  private static final int FRAME_BITS = 24;
  /** Distinct query frames whose region must hit the same region of a video before the two are aligned. */
  static final int MIN_REGION_FRAME_HITS = 3;

  private final MultiIndex index = new MultiIndex();
  private final MultiIndex regionIndex = new MultiIndex();
  private final List<String> ids = new ArrayList<>();
  private final List<FrameHashes> videos = new ArrayList<>();
  private long storedFrames;
  private final SegmentAligner aligner = new SegmentAligner(AlignerConfig.copySearch());
  private final RegionAlignment regionAlignment = new RegionAlignment();

  /** Adds a video's frames under {@code id}. */
  void add(String id, FrameHashes video) {
    int ordinal = ids.size();
    ids.add(id);
    videos.add(video);
    List<PdqDihedral> frames = video.frames();
    int n = Math.min(frames.size(), 1 << FRAME_BITS);
    storedFrames += n;
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
    addRegions(ordinal, video.regions());
  }

  private void addRegions(int ordinal, List<RegionTrack> tracks) {
    int regions = PictureRegion.values().length;
    int total = 0;
    for (RegionTrack track : tracks) {
      total += Math.min(track.size(), (1 << FRAME_BITS) / regions);
    }
    long[] ids = new long[total];
    long[] words = new long[4 * total];
    int k = 0;
    for (RegionTrack track : tracks) {
      int n = Math.min(track.size(), (1 << FRAME_BITS) / regions);
      for (int f = 0; f < n; f++) {
        PdqHash h = track.originals().get(f);
        ids[k] = ((long) ordinal << FRAME_BITS) | ((long) f * regions + track.region().ordinal());
        words[4 * k] = h.w0();
        words[4 * k + 1] = h.w1();
        words[4 * k + 2] = h.w2();
        words[4 * k + 3] = h.w3();
        k++;
      }
    }
    regionIndex.addAll(ids, words);
  }

  int size() {
    return ids.size();
  }

  /** The stored videos sharing footage with {@code query}, best first; {@code self} (may be null) is skipped. */
  List<VideoMatch> search(String queryId, FrameHashes query, String self) {
    List<Integer> candidates = new ArrayList<>();
    if (storedFrames <= ALIGN_ALL_UP_TO_FRAMES) {
      for (int ordinal = 0; ordinal < ids.size(); ordinal++) {
        candidates.add(ordinal);
      }
    } else {
      candidates.addAll(indexCandidates(query));
    }
    List<VideoMatch> matches = new ArrayList<>();
    var asQuery = query.asQuery(queryId);
    for (int ordinal : candidates) {
      String id = ids.get(ordinal);
      if (id.equals(self)) {
        continue;
      }
      VideoMatch match = aligner.align(asQuery, videos.get(ordinal).asReference(id));
      if (!match.segments().isEmpty()) {
        matches.add(match);
      }
    }
    for (VideoMatch regionMatch : searchRegions(queryId, query, self, matches)) {
      matches.removeIf(m -> m.referenceId().equals(regionMatch.referenceId())
          && m.queryAlignedPercent() < regionMatch.queryAlignedPercent());
      if (matches.stream().noneMatch(m -> m.referenceId().equals(regionMatch.referenceId()))) {
        matches.add(regionMatch);
      }
    }
    matches.sort((a, b) -> Double.compare(b.queryAlignedPercent(), a.queryAlignedPercent()));
    return matches;
  }

  /** The stored videos (ordinals) that at least {@link #MIN_FRAME_HITS} query frames hit in the index. */
  private List<Integer> indexCandidates(FrameHashes query) {
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
    List<Integer> candidates = new ArrayList<>();
    for (Map.Entry<Integer, java.util.BitSet> e : hitFrames.entrySet()) {
      if (e.getValue().cardinality() >= MIN_FRAME_HITS) {
        candidates.add(e.getKey());
      }
    }
    return candidates;
  }

  /**
   * The region pass: matches with the stored videos that {@code wholeMatches} leaves out or covers weakly
   * (under {@link PairMatch#STRONG_WHOLE_PERCENT} of the query), as {@code reeltrace match} does.
   */
  private List<VideoMatch> searchRegions(String queryId, FrameHashes query, String self, List<VideoMatch> wholeMatches) {
    java.util.Set<String> matched = new java.util.HashSet<>();
    for (VideoMatch m : wholeMatches) {
      if (m.queryAlignedPercent() >= PairMatch.STRONG_WHOLE_PERCENT) {
        matched.add(m.referenceId());
      }
    }
    int regions = PictureRegion.values().length;
    // (stored video, query region, stored region) -> query frames that hit it
    Map<Long, java.util.BitSet> hits = new HashMap<>();
    for (RegionTrack track : query.regions()) {
      int queryRegion = track.region().ordinal();
      for (int q = 0; q < track.size(); q++) {
        int queryFrame = q;
        for (PdqHash h : List.of(track.originals().get(q), track.mirrored().get(q))) {
          regionIndex.search(h.w0(), h.w1(), h.w2(), h.w3(), RADIUS, (id, distance) -> {
            long ordinal = id >>> FRAME_BITS;
            int storedRegion = (int) ((id & ((1L << FRAME_BITS) - 1)) % regions);
            long key = (ordinal * regions + queryRegion) * regions + storedRegion;
            hits.computeIfAbsent(key, k -> new java.util.BitSet()).set(queryFrame);
          });
        }
      }
    }
    Map<Integer, VideoMatch> best = new HashMap<>();
    for (Map.Entry<Long, java.util.BitSet> e : hits.entrySet()) {
      long key = e.getKey();
      int ordinal = (int) (key / regions / regions);
      PictureRegion queryRegion = PictureRegion.values()[(int) (key / regions % regions)];
      PictureRegion storedRegion = PictureRegion.values()[(int) (key % regions)];
      String id = ids.get(ordinal);
      if (!RegionAlignment.comparable(queryRegion, storedRegion) || id.equals(self) || matched.contains(id)
          || e.getValue().cardinality() < MIN_REGION_FRAME_HITS) {
        continue;
      }
      FrameHashes stored = videos.get(ordinal);
      VideoMatch match = regionAlignment.align(queryId, query, queryRegion, id, stored, storedRegion);
      VideoMatch previous = best.get(ordinal);
      if (!match.segments().isEmpty()
          && (previous == null || match.queryAlignedPercent() > previous.queryAlignedPercent())) {
        best.put(ordinal, match);
      }
    }
    return List.copyOf(best.values());
  }

}
