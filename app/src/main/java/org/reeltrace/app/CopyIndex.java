package org.reeltrace.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reeltrace.analysis.MatchView;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.align.Dihedral;
import org.reeltrace.fingerprint.align.FrameHash;
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
 *
 * <p>A third pass, for the same stored videos, finds zoomed-in copies ({@link ZoomWindow}; a third
 * multi-index holds the stored videos' zoom windows): the query's whole pictures are looked up among the
 * stored videos' zoom windows (the query is the crop), and the query's zoom windows among the stored
 * whole pictures (the stored video is the crop), both as they are and mirrored. A (video, window, side)
 * hit by {@value #MIN_ZOOM_FRAME_HITS} distinct query frames is aligned ({@link ZoomAlignment}).
 *
 * <p>A fourth pass, for the same stored videos, aligns the overlay-free pictures (overlays painted over,
 * {@link FrameHashes#overlayFree()}; a fourth multi-index holds the stored videos'): a stored video hit by
 * {@value #MIN_REGION_FRAME_HITS} distinct query frames is aligned ({@link OverlayFreeAlignment}).
 *
 * <p>In the first pass, a stored video whose whole pictures align weakly or not at all is aligned again with
 * the flat footage at the edges of either video's pictures cut off ({@link FlatEdgesAlignment}); the first
 * multi-index holds those pictures too.
 *
 * <p>First of these passes, the stored videos the first pass aligned weakly or not at all are aligned again
 * against (nearly) every frame of theirs ({@link EveryFrameTrack}) when a fifth multi-index of those frames
 * names them: a copy cut off the sampling grid finds there the frames of its own phase.
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
  /** Distinct query frames that must hit the same zoom window (of a video or of the query) before alignment. */
  static final int MIN_ZOOM_FRAME_HITS = 3;

  private final MultiIndex index = new MultiIndex();
  private final MultiIndex regionIndex = new MultiIndex();
  private final MultiIndex zoomIndex = new MultiIndex();
  private final MultiIndex overlayFreeIndex = new MultiIndex();
  private final MultiIndex everyFrameIndex = new MultiIndex();
  private final List<String> ids = new ArrayList<>();
  private final List<FrameHashes> videos = new ArrayList<>();
  private long storedFrames;
  private final SegmentAligner aligner = new SegmentAligner(AlignerConfig.copySearch());
  private final RegionAlignment regionAlignment = new RegionAlignment();
  private final ZoomAlignment zoomAlignment = new ZoomAlignment();
  private final OverlayFreeAlignment overlayFreeAlignment = new OverlayFreeAlignment();
  private final FlatEdgesAlignment flatEdgesAlignment = new FlatEdgesAlignment();

  /** Adds a video's frames under {@code id}. */
  void add(String id, FrameHashes video) {
    int ordinal = ids.size();
    ids.add(id);
    videos.add(video);
    storedFrames += Math.min(video.frames().size(), 1 << FRAME_BITS);
    List<PdqHash> wholes = new ArrayList<>(video.frames().stream().map(PdqDihedral::original).toList());
    wholes.addAll(video.withoutFlatEdges().originals());
    addHashes(index, ordinal, wholes);
    addHashes(everyFrameIndex, ordinal, video.everyFrame().frames().stream().map(FrameHash::hash).toList());
    addTracks(regionIndex, ordinal, PictureRegion.values().length,
        video.regions().stream().map(RegionTrack::hashes).toList(),
        video.regions().stream().map(t -> t.region().ordinal()).toList());
    addTracks(zoomIndex, ordinal, ZoomWindow.values().length,
        video.zooms().stream().map(ZoomTrack::hashes).toList(),
        video.zooms().stream().map(t -> t.zoom().ordinal()).toList());
    addTracks(overlayFreeIndex, ordinal, 1, List.of(video.overlayFree()), List.of(0));
  }

  /** Adds {@code hashes} (frame f of video {@code ordinal} each) to {@code target}. */
  private static void addHashes(MultiIndex target, int ordinal, List<PdqHash> hashes) {
    int n = Math.min(hashes.size(), 1 << FRAME_BITS);
    long[] frameIds = new long[n];
    long[] words = new long[4 * n];
    for (int f = 0; f < n; f++) {
      PdqHash h = hashes.get(f);
      frameIds[f] = ((long) ordinal << FRAME_BITS) | f;
      words[4 * f] = h.w0();
      words[4 * f + 1] = h.w1();
      words[4 * f + 2] = h.w2();
      words[4 * f + 3] = h.w3();
    }
    target.addAll(frameIds, words);
  }

  /** Adds the original hashes of {@code tracks} (of kinds {@code kinds}, 0..kindCount-1) to {@code target}. */
  private static void addTracks(MultiIndex target, int ordinal, int kindCount, List<WindowTrack> tracks,
      List<Integer> kinds) {
    int total = 0;
    for (WindowTrack track : tracks) {
      total += Math.min(track.size(), (1 << FRAME_BITS) / kindCount);
    }
    long[] ids = new long[total];
    long[] words = new long[4 * total];
    int k = 0;
    for (int t = 0; t < tracks.size(); t++) {
      WindowTrack track = tracks.get(t);
      int n = Math.min(track.size(), (1 << FRAME_BITS) / kindCount);
      for (int f = 0; f < n; f++) {
        PdqHash h = track.originals().get(f);
        ids[k] = ((long) ordinal << FRAME_BITS) | ((long) f * kindCount + kinds.get(t));
        words[4 * k] = h.w0();
        words[4 * k + 1] = h.w1();
        words[4 * k + 2] = h.w2();
        words[4 * k + 3] = h.w3();
        k++;
      }
    }
    target.addAll(ids, words);
  }

  int size() {
    return ids.size();
  }

  /** The stored videos sharing footage with {@code query}, best first; {@code self} (may be null) is skipped. */
  List<CopyMatch> search(String queryId, FrameHashes query, String self) {
    List<Integer> candidates = alignsEveryPair() ? everyStored() : wholeCandidates(query);
    List<CopyMatch> matches = new ArrayList<>();
    var asQuery = query.asQuery(queryId);
    for (int ordinal : candidates) {
      String id = ids.get(ordinal);
      if (id.equals(self)) {
        continue;
      }
      FrameHashes stored = videos.get(ordinal);
      VideoMatch match = aligner.align(asQuery, stored.asReference(id));
      if (match.queryAlignedPercent() < PairMatch.STRONG_WHOLE_PERCENT
          && (query.withoutFlatEdges().size() > 0 || stored.withoutFlatEdges().size() > 0)) {
        VideoMatch cut = flatEdgesAlignment.align(queryId, query, id, stored);
        if (!cut.segments().isEmpty()
            && (match.segments().isEmpty() || cut.queryAlignedPercent() > match.queryAlignedPercent())) {
          match = cut;
        }
      }
      if (!match.segments().isEmpty()) {
        matches.add(new CopyMatch(match, MatchView.WHOLE_PICTURES));
      }
    }
    java.util.Set<String> strong = new java.util.HashSet<>();
    for (CopyMatch m : matches) {
      if (m.match().queryAlignedPercent() >= PairMatch.STRONG_WHOLE_PERCENT) {
        strong.add(m.match().referenceId());
      }
    }
    List<CopyMatch> partial = new ArrayList<>();
    searchEveryFrame(asQuery, indexCandidates(everyFrameIndex, query), self, strong)
        .forEach(m -> partial.add(new CopyMatch(m, MatchView.WHOLE_PICTURES)));
    searchRegions(queryId, query, self, strong).forEach(m -> partial.add(new CopyMatch(m, MatchView.REGIONS)));
    searchZooms(queryId, query, self, strong).forEach(m -> partial.add(new CopyMatch(m, MatchView.ZOOM)));
    searchOverlayFree(queryId, query, self, strong)
        .forEach(m -> partial.add(new CopyMatch(m, MatchView.OVERLAYS_PAINTED_OVER)));
    for (CopyMatch other : partial) {
      String reference = other.match().referenceId();
      matches.removeIf(m -> m.match().referenceId().equals(reference)
          && m.match().queryAlignedPercent() < other.match().queryAlignedPercent());
      if (matches.stream().noneMatch(m -> m.match().referenceId().equals(reference))) {
        matches.add(other);
      }
    }
    matches.sort((a, b) -> Double.compare(b.match().queryAlignedPercent(), a.match().queryAlignedPercent()));
    return matches;
  }

  /**
   * The every-frame pass: the query's sampled pictures against (nearly) every frame of the {@code candidates}
   * but those in {@code matched} ({@link FrameHashes#everyFrame()}). A copy cut off the sampling grid shows
   * pictures up to half a sample away from the stored ones; on fast footage (a moving texture, animation)
   * they lie beyond the threshold, while the stored frame of the same phase matches. The candidates are
   * always those a fifth multi-index of every stored frame names, however small the store: a reference
   * six times denser costs six times as much to align.
   */
  private List<VideoMatch> searchEveryFrame(org.reeltrace.fingerprint.align.QueryFingerprint asQuery,
      List<Integer> candidates, String self, java.util.Set<String> matched) {
    List<VideoMatch> found = new ArrayList<>();
    for (int ordinal : candidates) {
      String id = ids.get(ordinal);
      FrameHashes stored = videos.get(ordinal);
      if (id.equals(self) || matched.contains(id) || stored.everyFrame().size() == 0) {
        continue;
      }
      VideoMatch match = aligner.align(asQuery, stored.everyFrame().asReference(id, stored.durationSeconds()));
      if (!match.segments().isEmpty()) {
        found.add(match);
      }
    }
    return found;
  }

  /** Whether the store is small enough ({@link #ALIGN_ALL_UP_TO_FRAMES}) to align the query with every stored video. */
  private boolean alignsEveryPair() {
    return storedFrames <= ALIGN_ALL_UP_TO_FRAMES;
  }

  /** Every stored video's ordinal, in the order added. */
  private List<Integer> everyStored() {
    List<Integer> all = new ArrayList<>(ids.size());
    for (int ordinal = 0; ordinal < ids.size(); ordinal++) {
      all.add(ordinal);
    }
    return all;
  }

  /**
   * The stored videos (ordinals) whose whole pictures, with or without their flat edges, the query's hit,
   * with or without its own flat edges.
   */
  private List<Integer> wholeCandidates(FrameHashes query) {
    java.util.Set<Integer> candidates = new java.util.LinkedHashSet<>(indexCandidates(index, query));
    lookUp(index, query.withoutFlatEdges(), (queryFrame, id) -> candidates.add((int) (id >>> FRAME_BITS)));
    return List.copyOf(candidates);
  }

  /** The stored videos (ordinals) that at least {@link #MIN_FRAME_HITS} query frames hit in {@code target}. */
  private static List<Integer> indexCandidates(MultiIndex target, FrameHashes query) {
    Map<Integer, java.util.BitSet> hitFrames = new HashMap<>();
    List<PdqDihedral> frames = query.frames();
    for (int q = 0; q < frames.size(); q++) {
      int queryFrame = q;
      for (PdqHash h : frames.get(q).hashes()) {
        target.search(h.w0(), h.w1(), h.w2(), h.w3(), RADIUS, (id, distance) -> {
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
   * The region pass: matches with the stored videos but those in {@code matched} (the whole pictures
   * matched over at least {@link PairMatch#STRONG_WHOLE_PERCENT} of the query), as {@code reeltrace match}
   * does.
   */
  private List<VideoMatch> searchRegions(String queryId, FrameHashes query, String self, java.util.Set<String> matched) {
    int regions = PictureRegion.values().length;
    // (stored video, query region, stored region) -> query frames that hit it
    Map<Long, java.util.BitSet> hits = new HashMap<>();
    for (RegionTrack region : query.regions()) {
      int queryRegion = region.region().ordinal();
      lookUp(regionIndex, region.hashes(), (queryFrame, id) -> {
        long ordinal = id >>> FRAME_BITS;
        int storedRegion = (int) ((id & ((1L << FRAME_BITS) - 1)) % regions);
        long key = (ordinal * regions + queryRegion) * regions + storedRegion;
        hits.computeIfAbsent(key, k -> new java.util.BitSet()).set(queryFrame);
      });
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
      keepBest(best, ordinal, regionAlignment.align(queryId, query, queryRegion, id, stored, storedRegion));
    }
    return List.copyOf(best.values());
  }

  /**
   * The zoom pass, for the stored videos but those in {@code matched}: the query's whole pictures against
   * the stored zoom windows, and the query's zoom windows against the stored whole pictures. Then the same
   * with the overlay-free pictures ({@link FrameHashes#overlayFree()}) in place of the whole ones: a crop
   * under a watermark or a handle (the overlay spoils the whole picture's hash) against its source's
   * window, the source's being free of that overlay.
   */
  private List<VideoMatch> searchZooms(String queryId, FrameHashes query, String self, java.util.Set<String> matched) {
    int zooms = ZoomWindow.values().length;
    // ((stored video * zooms + window) * 4 + side) -> query frames; side: 0 the stored video's window against
    // the query's whole picture, 1 the query's window against the stored whole picture, 2 and 3 the same
    // with the overlay-free picture in place of the whole one
    Map<Long, java.util.BitSet> hits = new HashMap<>();
    List<PdqDihedral> frames = query.frames();
    for (int q = 0; q < frames.size(); q++) {
      int queryFrame = q;
      PdqDihedral frame = frames.get(q);
      for (PdqHash h : List.of(frame.original(), Dihedral.MIRRORED.of(frame))) {
        zoomIndex.search(h.w0(), h.w1(), h.w2(), h.w3(), RADIUS, (id, distance) -> {
          long ordinal = id >>> FRAME_BITS;
          int zoom = (int) ((id & ((1L << FRAME_BITS) - 1)) % zooms);
          hits.computeIfAbsent((ordinal * zooms + zoom) * 4, k -> new java.util.BitSet()).set(queryFrame);
        });
      }
    }
    lookUp(zoomIndex, query.overlayFree(), (queryFrame, id) -> {
      long ordinal = id >>> FRAME_BITS;
      int zoom = (int) ((id & ((1L << FRAME_BITS) - 1)) % zooms);
      hits.computeIfAbsent((ordinal * zooms + zoom) * 4 + 2, k -> new java.util.BitSet()).set(queryFrame);
    });
    for (ZoomTrack zoomTrack : query.zooms()) {
      int zoom = zoomTrack.zoom().ordinal();
      lookUp(index, zoomTrack.hashes(), (queryFrame, id) -> {
        long ordinal = id >>> FRAME_BITS;
        hits.computeIfAbsent((ordinal * zooms + zoom) * 4 + 1, k -> new java.util.BitSet()).set(queryFrame);
      });
      lookUp(overlayFreeIndex, zoomTrack.hashes(), (queryFrame, id) -> {
        long ordinal = id >>> FRAME_BITS;
        hits.computeIfAbsent((ordinal * zooms + zoom) * 4 + 3, k -> new java.util.BitSet()).set(queryFrame);
      });
    }
    Map<Integer, VideoMatch> best = new HashMap<>();
    for (Map.Entry<Long, java.util.BitSet> e : hits.entrySet()) {
      long key = e.getKey();
      int ordinal = (int) (key / 4 / zooms);
      ZoomWindow zoom = ZoomWindow.values()[(int) (key / 4 % zooms)];
      int side = (int) (key % 4);
      String id = ids.get(ordinal);
      if (id.equals(self) || matched.contains(id) || e.getValue().cardinality() < MIN_ZOOM_FRAME_HITS) {
        continue;
      }
      FrameHashes stored = videos.get(ordinal);
      keepBest(best, ordinal, zoomAlignment.align(queryId, query, id, stored, zoom, side % 2 == 0, side >= 2));
    }
    return List.copyOf(best.values());
  }

  /**
   * The overlay-free pass, for the stored videos but those in {@code matched}: all of them while the
   * store is small enough to align every pair, else those the overlay-free index names.
   */
  private List<VideoMatch> searchOverlayFree(String queryId, FrameHashes query, String self,
      java.util.Set<String> matched) {
    if (query.overlayFree().size() == 0) {
      return List.of();
    }
    List<Integer> candidates = new ArrayList<>();
    if (alignsEveryPair()) {
      candidates.addAll(everyStored());
    } else {
      Map<Integer, java.util.BitSet> hits = new HashMap<>();
      lookUp(overlayFreeIndex, query.overlayFree(), (queryFrame, id) ->
          hits.computeIfAbsent((int) (id >>> FRAME_BITS), k -> new java.util.BitSet()).set(queryFrame));
      hits.forEach((ordinal, frames) -> {
        if (frames.cardinality() >= MIN_REGION_FRAME_HITS) {
          candidates.add(ordinal);
        }
      });
    }
    List<VideoMatch> found = new ArrayList<>();
    for (int ordinal : candidates) {
      String id = ids.get(ordinal);
      if (id.equals(self) || matched.contains(id)) {
        continue;
      }
      VideoMatch match = overlayFreeAlignment.align(queryId, query, id, videos.get(ordinal));
      if (!match.segments().isEmpty()) {
        found.add(match);
      }
    }
    return found;
  }

  /** Looks up each frame of {@code track}, as it is and mirrored, in {@code target}: (query frame, stored id) per hit. */
  private static void lookUp(MultiIndex target, WindowTrack track, java.util.function.BiConsumer<Integer, Long> hit) {
    for (int q = 0; q < track.size(); q++) {
      int queryFrame = q;
      for (PdqHash h : List.of(track.originals().get(q), track.mirrored().get(q))) {
        target.search(h.w0(), h.w1(), h.w2(), h.w3(), RADIUS, (id, distance) -> hit.accept(queryFrame, id));
      }
    }
  }

  /** Keeps {@code match} as {@code ordinal}'s best when it has segments and aligns more of the query. */
  private static void keepBest(Map<Integer, VideoMatch> best, int ordinal, VideoMatch match) {
    VideoMatch previous = best.get(ordinal);
    if (!match.segments().isEmpty()
        && (previous == null || match.queryAlignedPercent() > previous.queryAlignedPercent())) {
      best.put(ordinal, match);
    }
  }
}
