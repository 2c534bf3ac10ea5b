package org.reeltrace.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * Builds lifted-from edges. Contract: every cluster member other than the origin gets one edge per
 * cluster, to the cluster's origin, unless its watermark names another member's account that posted
 * the footage earlier (then to that account's earliest post in the cluster: the copy it was downloaded
 * from); edges of one post to one source are merged across clusters. Channel edges aggregate the post
 * edges between different channels.
 */
final class LiftGraph {
  /*
   * Why the origin and not "the earliest earlier post it matches": within a cluster every member
   * matches the origin's footage (transitively), and matches between copies are as strong as matches
   * to the original, so the nearest earlier copy is a guess. A watermark is the one signal that shows
   * which copy was downloaded; without it the first appearance is the best-supported source.
   */

  private final Map<PostKey, LineagePost> posts;

  LiftGraph(Map<PostKey, LineagePost> posts) {
    this.posts = posts;
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
        if (intermediate != null) {
          source = intermediate;
          evidence.add(new Evidence(Evidence.Kind.WATERMARK, "carries the watermark of @"
              + intermediate.displayHandle() + ", who posted this footage earlier than it", 1.0));
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
