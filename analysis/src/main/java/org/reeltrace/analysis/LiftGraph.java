package org.reeltrace.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * Builds lifted-from edges. Contract: every cluster member other than the origin gets one edge per
 * cluster, to the copy it was made from: the member its watermark names, if that account posted the
 * footage earlier (its earliest post in the cluster); else the earlier member, on another channel,
 * whose picture it matches more closely than the origin's by more than {@link #CLOSER} (the closest
 * such); else the cluster's origin. Edges of one post to one source are merged across clusters.
 * Channel edges aggregate the post edges between different channels.
 */
final class LiftGraph {
  /*
   * Why the nearest copy only when it is clearly closer, and the origin otherwise: within a cluster
   * every member matches the origin's footage (transitively), and the order of posting alone does not
   * say which earlier copy was downloaded. Two signals do. A watermark names the account downloaded
   * from. And a re-post inherits every edit of the copy it was made from (its mirror, crop, letterbox,
   * burnt-in handle, re-encoding loss) and adds its own, so its frame hashes lie nearer to that
   * copy's than to the original's: the matcher's segment score (share of matched samples times
   * 1 - mean Hamming distance / (threshold + 1)) is higher for the pair. A copy that only re-encodes
   * is about as close to the original as to its parent, so a small difference (under CLOSER) is read
   * as no evidence and the edge goes to the origin, the best-supported source. Only an earlier member
   * (by posting time, else the time in its post id, else its container's creation time) can be a
   * source, so the edges never form a cycle.
   */

  /** How much closer (in match score, 0..1) an earlier copy must be than the origin to be the source. */
  static final double CLOSER = 0.03;

  private final Map<PostKey, LineagePost> posts;

  private final CopySimilarity similarity;

  LiftGraph(Map<PostKey, LineagePost> posts, CopySimilarity similarity) {
    this.posts = posts;
    this.similarity = similarity;
  }

  List<PostEdge> postEdges(List<FootageCluster> clusters) {
    Map<List<PostKey>, PostEdge> edges = new LinkedHashMap<>();
    for (FootageCluster c : clusters) {
      LineagePost origin = posts.get(c.origin());
      List<LineagePost> members = c.members().stream().map(m -> posts.get(m.post())).toList();
      for (LineagePost p : members) {
        if (p == origin) {
          continue;
        }
        LineagePost source = origin;
        List<Evidence> evidence = new ArrayList<>();
        LineagePost intermediate = intermediate(p, origin, members);
        double confidence = c.confidence();
        LineagePost nearest = intermediate == null ? nearestCopy(p, origin, members) : null;
        if (intermediate != null) {
          source = intermediate;
          evidence.add(new Evidence(Evidence.Kind.WATERMARK, "carries the watermark of @"
              + intermediate.displayHandle() + ", who posted this footage earlier than it", 1.0));
        } else if (nearest != null) {
          source = nearest;
          evidence.add(new Evidence(Evidence.Kind.NEAREST_COPY, String.format(java.util.Locale.ROOT,
              "its picture is closer to the earlier copy %s by @%s (match score %.2f) than to the origin %s"
                  + " (%.2f): it carries that copy's edits", nearest.key(), nearest.displayHandle(),
              similarity.of(p.key(), nearest.key()).orElse(0), origin.key(), similarity.of(p.key(), origin.key())
                  .orElse(0)), 0.5));
        } else {
          evidence.add(new Evidence(Evidence.Kind.POSTED_FIRST, "the footage first appeared in " + origin.key()
              + " by @" + origin.displayHandle(), 0));
        }
        Long lag = null;
        if (p.postedAt() != null && source.postedAt() != null) {
          Duration gap = Duration.between(source.postedAt(), p.postedAt());
          lag = gap.toDays();
          if (gap.isNegative() || gap.isZero()) {
            confidence *= 0.5;
            evidence.add(new Evidence(Evidence.Kind.TIED_TIME, "posted at the same time as or before its source", -0.5));
          } else {
            evidence.add(new Evidence(Evidence.Kind.LAG, "posted " + OriginChooser.gapText(gap) + " after its source", 0));
          }
        } else {
          confidence *= 0.8;
          evidence.add(new Evidence(Evidence.Kind.MISSING_TIME, "the order of posting is not known from posting times", 0));
        }
        List<PostKey> key = List.of(p.key(), source.key());
        PostEdge prior = edges.get(key);
        if (prior == null) {
          edges.put(key, new PostEdge(p.key(), p.channel(), source.key(), source.channel(), List.of(c.id()), lag,
              confidence, evidence));
        } else {
          List<String> ids = new ArrayList<>(prior.clusterIds());
          ids.add(c.id());
          edges.put(key, new PostEdge(p.key(), p.channel(), source.key(), source.channel(), ids, lag,
              Math.max(confidence, prior.confidence()), prior.evidence()));
        }
      }
    }
    List<PostEdge> list = new ArrayList<>(edges.values());
    list.sort(Comparator.comparing((PostEdge e) -> e.post().toString()).thenComparing(e -> e.source().toString()));
    return list;
  }

  /** The earlier member, on another channel than p and the origin, whose account p's watermark names. */
  private static LineagePost intermediate(LineagePost p, LineagePost origin, List<LineagePost> members) {
    if (OriginChooser.names(p, origin)) {
      return null;
    }
    LineagePost best = null;
    for (LineagePost q : members) {
      if (q == p || q == origin || q.channel().equals(p.channel()) || q.channel().equals(origin.channel())) {
        continue;
      }
      boolean earlier = q.postedAt() != null && (p.postedAt() == null || q.postedAt().isBefore(p.postedAt()));
      if (earlier && OriginChooser.names(p, q) && (best == null || q.postedAt().isBefore(best.postedAt()))) {
        best = q;
      }
    }
    return best;
  }

  /**
   * The earlier member, on another channel than p, whose picture p matches more closely than the
   * origin's by more than {@link #CLOSER}; null when there is none or p was not matched with the origin.
   */
  private LineagePost nearestCopy(LineagePost p, LineagePost origin, List<LineagePost> members) {
    OptionalDouble toOrigin = similarity.of(p.key(), origin.key());
    Instant at = orderTime(p);
    if (toOrigin.isEmpty() || at == null) {
      return null;
    }
    LineagePost best = null;
    double bestScore = toOrigin.getAsDouble() + CLOSER;
    for (LineagePost q : members) {
      Instant qAt = orderTime(q);
      if (q == p || q == origin || q.channel().equals(p.channel()) || qAt == null || !qAt.isBefore(at)) {
        continue;
      }
      OptionalDouble s = similarity.of(p.key(), q.key());
      if (s.isPresent() && s.getAsDouble() > bestScore) {
        best = q;
        bestScore = s.getAsDouble();
      }
    }
    return best;
  }

  /** When a post appeared, as far as known: its posting time, else its post id's time, else its file's. */
  private static Instant orderTime(LineagePost p) {
    if (p.postedAt() != null) {
      return p.postedAt();
    }
    Instant id = OriginChooser.idTime(p);
    return id != null ? id : p.containerCreatedAt();
  }

  List<ChannelEdge> channelEdges(List<PostEdge> postEdges) {
    Map<List<ChannelKey>, List<PostEdge>> byPair = new LinkedHashMap<>();
    for (PostEdge e : postEdges) {
      if (!e.sameChannel()) {
        byPair.computeIfAbsent(List.of(e.channel(), e.sourceChannel()), k -> new ArrayList<>()).add(e);
      }
    }
    List<ChannelEdge> result = new ArrayList<>();
    byPair.forEach((pair, edges) -> {
      Map<PostKey, Double> confidenceByPost = new LinkedHashMap<>();
      for (PostEdge e : edges) {
        confidenceByPost.merge(e.post(), e.confidence(), Math::max);
      }
      Instant first = null;
      Instant last = null;
      for (PostKey k : confidenceByPost.keySet()) {
        Instant t = posts.get(k).postedAt();
        if (t != null) {
          first = first == null || t.isBefore(first) ? t : first;
          last = last == null || t.isAfter(last) ? t : last;
        }
      }
      double mean = confidenceByPost.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
      result.add(new ChannelEdge(pair.get(0), handle(edges.get(0).post()), pair.get(1),
          handle(edges.get(0).source()), confidenceByPost.size(), first, last, mean));
    });
    result.sort(Comparator.comparingInt(ChannelEdge::posts).reversed()
        .thenComparing(e -> e.channel().toString()).thenComparing(e -> e.source().toString()));
    return result;
  }

  private String handle(PostKey k) {
    return posts.get(k).displayHandle();
  }
}
