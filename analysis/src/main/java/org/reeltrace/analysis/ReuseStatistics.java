package org.reeltrace.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/** Computes {@link ChannelReuse} for every channel with at least one post. */
final class ReuseStatistics {
  private final Map<PostKey, LineagePost> posts;
  private final LineageOptions options;
  private final Map<ChannelKey, String> handles = new HashMap<>();

  ReuseStatistics(Map<PostKey, LineagePost> posts, LineageOptions options) {
    this.posts = posts;
    this.options = options;
  }

  List<ChannelReuse> compute(List<FootageCluster> clusters, List<PostEdge> edges) {
    Map<ChannelKey, List<LineagePost>> byChannel = new LinkedHashMap<>();
    for (LineagePost p : posts.values()) {
      byChannel.computeIfAbsent(p.channel(), k -> new ArrayList<>()).add(p);
    }
    Set<PostKey> matched = new HashSet<>();
    Set<PostKey> elsewhere = new HashSet<>();
    Set<PostKey> old = new HashSet<>();
    for (FootageCluster c : clusters) {
      LineagePost origin = posts.get(c.origin());
      for (ClusterMember m : c.members()) {
        matched.add(m.post());
        LineagePost p = posts.get(m.post());
        if (p == origin) {
          continue;
        }
        if (!p.channel().equals(origin.channel())) {
          elsewhere.add(p.key());
        }
        if (p.postedAt() != null && origin.postedAt() != null
            && Duration.between(origin.postedAt(), p.postedAt()).compareTo(Duration.ofDays(options.oldFootageDays())) > 0) {
          old.add(p.key());
        }
      }
    }
    Map<ChannelKey, Set<PostKey>> originals = new HashMap<>();
    Map<ChannelKey, Set<PostKey>> reusedBy = new HashMap<>();
    Map<ChannelKey, Map<ChannelKey, Set<PostKey>>> sources = new HashMap<>();
    for (PostEdge e : edges) {
      if (e.sameChannel()) {
        continue;
      }
      originals.computeIfAbsent(e.sourceChannel(), k -> new HashSet<>()).add(e.source());
      reusedBy.computeIfAbsent(e.sourceChannel(), k -> new HashSet<>()).add(e.post());
      sources.computeIfAbsent(e.channel(), k -> new HashMap<>())
          .computeIfAbsent(e.sourceChannel(), k -> new HashSet<>()).add(e.post());
    }
    List<ChannelReuse> result = new ArrayList<>();
    byChannel.forEach((channel, list) -> {
      int n = list.size();
      int matchedN = (int) list.stream().filter(p -> matched.contains(p.key())).count();
      int elsewhereN = (int) list.stream().filter(p -> elsewhere.contains(p.key())).count();
      int oldN = (int) list.stream().filter(p -> old.contains(p.key())).count();
      List<SourceCount> top = new ArrayList<>();
      sources.getOrDefault(channel, Map.of()).forEach((src, ps) ->
          top.add(new SourceCount(src, handleOf(src), ps.size())));
      top.sort(Comparator.comparingInt(SourceCount::posts).reversed().thenComparing(s -> s.source().toString()));
      result.add(new ChannelReuse(channel, list.get(0).displayHandle(), n, matchedN,
          originals.getOrDefault(channel, Set.of()).size(), reusedBy.getOrDefault(channel, Set.of()).size(),
          elsewhereN, share(elsewhereN, n), oldN, share(oldN, n), options.oldFootageDays(),
          top.subList(0, Math.min(top.size(), options.topSources()))));
    });
    result.sort(Comparator.comparingDouble(ChannelReuse::firstSeenElsewhereShare).reversed()
        .thenComparing(r -> r.channel().toString()));
    return result;
  }

  private String handleOf(ChannelKey channel) {
    if (handles.isEmpty()) {
      posts.values().forEach(p -> handles.putIfAbsent(p.channel(), p.displayHandle()));
    }
    return handles.getOrDefault(channel, channel.channelId());
  }

  private static double share(int part, int whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
