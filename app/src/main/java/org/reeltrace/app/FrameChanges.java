package org.reeltrace.app;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.reeltrace.analysis.RepeatedChanges;
import org.reeltrace.core.PostKey;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.align.AlignerConfig;
import org.reeltrace.fingerprint.align.Dihedral;
import org.reeltrace.fingerprint.align.Segment;
import org.reeltrace.fingerprint.align.SegmentAligner;

/**
 * {@link RepeatedChanges} measured on the stored frame hashes: each of the post's sampled frames is
 * carried to the origin's time along the post's alignment with the origin, and from there to the copy's
 * time along the copy's alignment with the origin (the longest segment of each, mirrored where it is);
 * of the bits in which the copy's frame hash differs from the origin's, the share in which
 * the post's equals the copy's is counted. Alignments are computed once per pair of videos.
 */
final class FrameChanges implements RepeatedChanges {
  /** Loose enough to follow copies with overlays (their whole pictures lie 40-60 bits from the original's). */
  private static final SegmentAligner ALIGNER =
      new SegmentAligner(AlignerConfig.copySearch().withDistanceThreshold(64));

  private final Function<PostKey, String> videoOf;
  private final Map<String, FrameHashes> videos;
  private final Map<PostKey, Optional<String>> videoByPost = new HashMap<>();

  private final Map<List<String>, Optional<Path>> paths = new HashMap<>();

  /**
   * @param videoOf the video (file hash) of a post, or null when it has none; asked once per post
   * @param videos  the stored frame hashes by video
   */
  FrameChanges(Function<PostKey, String> videoOf, Map<String, FrameHashes> videos) {
    this.videoOf = videoOf;
    this.videos = videos;
  }

  @Override
  public Optional<Measure> of(PostKey post, PostKey copy, PostKey origin) {
    String p = video(post);
    String q = video(copy);
    String o = video(origin);
    if (p == null || q == null || o == null || p.equals(o) || q.equals(o) || p.equals(q)) {
      return Optional.empty();
    }
    FrameHashes pHashes = videos.get(p);
    FrameHashes qHashes = videos.get(q);
    FrameHashes oHashes = videos.get(o);
    if (pHashes == null || qHashes == null || oHashes == null) {
      return Optional.empty();
    }
    Optional<Path> pToOrigin = path(p, o);
    Optional<Path> qToOrigin = path(q, o);
    if (pToOrigin.isEmpty() || qToOrigin.isEmpty()) {
      return Optional.empty();
    }
    int frames = 0;
    long changed = 0;
    long repeated = 0;
    for (int i = 0; i < pHashes.frames().size(); i++) {
      double t = pHashes.seconds().get(i);
      if (!pToOrigin.get().covers(t)) {
        continue;
      }
      double atOrigin = pToOrigin.get().toOther(t);
      if (!qToOrigin.get().coversOther(atOrigin)) {
        continue;
      }
      int oFrame = PairZoom.nearest(oHashes.seconds(), atOrigin);
      int qFrame = PairZoom.nearest(qHashes.seconds(), qToOrigin.get().fromOther(atOrigin));
      if (oFrame < 0 || qFrame < 0) {
        continue;
      }
      PdqHash pHash = pToOrigin.get().variant().of(pHashes.frames().get(i));
      PdqHash qHash = qToOrigin.get().variant().of(qHashes.frames().get(qFrame));
      PdqHash oHash = oHashes.frames().get(oFrame).original();
      frames++;
      long[] p64 = {pHash.w0(), pHash.w1(), pHash.w2(), pHash.w3()};
      long[] q64 = {qHash.w0(), qHash.w1(), qHash.w2(), qHash.w3()};
      long[] o64 = {oHash.w0(), oHash.w1(), oHash.w2(), oHash.w3()};
      for (int w = 0; w < 4; w++) {
        long copyChanged = q64[w] ^ o64[w];
        changed += Long.bitCount(copyChanged);
        repeated += Long.bitCount(copyChanged & ~(p64[w] ^ q64[w]));
      }
    }
    if (frames == 0) {
      return Optional.empty();
    }
    return Optional.of(new Measure(frames, changed / (double) frames, changed == 0 ? 1 : repeated / (double) changed));
  }

  private String video(PostKey post) {
    return videoByPost.computeIfAbsent(post, k -> Optional.ofNullable(videoOf.apply(k))).orElse(null);
  }

  /**
   * How a video's seconds map to another's along one segment of their alignment; {@code variant} turns
   * the video's frame hashes into the other's orientation.
   */
  private record Path(double start, double end, double otherStart, double otherEnd, double speed, Dihedral variant) {
    boolean covers(double t) {
      return t >= start && t <= end;
    }

    boolean coversOther(double t) {
      return t >= otherStart && t <= otherEnd;
    }

    double toOther(double t) {
      return otherStart + (t - start) * speed;
    }

    double fromOther(double t) {
      return start + (t - otherStart) / speed;
    }
  }

  /**
   * The video's alignment with the other, whole pictures against whole pictures (its mirrored hashes
   * too), at a loose distance threshold: the copy search's stored segments may come from a region or zoom
   * pass and place frames a sample off, which moves many bits of moving footage. Cached.
   */
  private Optional<Path> path(String video, String other) {
    return paths.computeIfAbsent(List.of(video, other), k -> {
      Segment s = ALIGNER.align(videos.get(video).asQuery(video), videos.get(other).asReference(other))
          .longestSegment().orElse(null);
      if (s == null || (s.variant() != Dihedral.ORIGINAL && s.variant() != Dihedral.MIRRORED)) {
        return Optional.empty();
      }
      return Optional.of(new Path(s.queryStart(), s.queryEnd(), s.referenceStart(), s.referenceEnd(), s.speed(),
          s.variant()));
    });
  }
}
