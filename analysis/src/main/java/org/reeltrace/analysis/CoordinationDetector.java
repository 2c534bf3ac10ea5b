package org.reeltrace.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * Finds coordinated sharing of footage. Contract: two accounts are linked when, in at least
 * {@code repetition} different clusters, each posted the footage and their (earliest) posting times
 * differ by at most the coordination interval.
 */
final class CoordinationDetector {
  /*
   * Adapted from CooRnet's get_coord_shares (Giglietto et al. 2020): a URL becomes a footage
   * cluster, an entity's link share becomes an account's earliest post of that footage (an account
   * re-posting its own clip is one share). CooRnet cuts time into windows of the interval from the
   * first share; we instead compare every pair of shares, so two shares one second apart are never
   * split by a window boundary. Edges below `repetition` co-shared clusters are dropped, as CooRnet
   * keeps only entities that co-share repeatedly. Posts without a posting time take no part.
   *
   * The interval estimate leaves out the origin channel's share: a URL is published before anyone
   * shares it, and CooRnet measures only the shares; footage's first appearance is its publication.
   * With the origin in, the quickest "second share" would be the first re-post, often days later,
   * and the interval would swallow ordinary re-posting. Pairs are still formed with the origin too.
   */

  /** Share times without the origin channel's: the first appearance plays the URL's publication. */
  private static List<double[]> reShareTimes(List<FootageCluster> clusters, Map<String, List<Share>> shares) {
    List<double[]> out = new ArrayList<>();
    for (FootageCluster c : clusters) {
      out.add(shares.get(c.id()).stream().filter(s -> !s.channel().equals(c.originChannel()))
          .mapToDouble(Share::epochSecond).toArray());
    }
    return out;
  }

  private record Share(ChannelKey channel, PostKey post, long epochSecond) {}

  private final Map<PostKey, LineagePost> posts;
  private final LineageOptions options;

  CoordinationDetector(Map<PostKey, LineagePost> posts, LineageOptions options) {
    this.posts = posts;
    this.options = options;
  }

  CoordinationNetwork detect(List<FootageCluster> clusters) {
    Map<String, List<Share>> sharesByCluster = new LinkedHashMap<>();
    for (FootageCluster c : clusters) {
      Map<ChannelKey, Share> earliest = new LinkedHashMap<>();
      for (ClusterMember m : c.members()) {
        LineagePost p = posts.get(m.post());
        if (p.postedAt() == null) {
          continue;
        }
        Share s = new Share(p.channel(), p.key(), p.postedAt().getEpochSecond());
        earliest.merge(p.channel(), s, (x, y) -> x.epochSecond() <= y.epochSecond() ? x : y);
      }
      sharesByCluster.put(c.id(), new ArrayList<>(earliest.values()));
    }
    boolean estimated = options.coordinationSeconds() == null;
    double interval = estimated
        ? CoordinationInterval.estimate(reShareTimes(clusters, sharesByCluster),
            options.coordinationQuantile(), options.coordinationShareFraction())
        : options.coordinationSeconds();

    Comparator<ChannelKey> order = Comparator.comparing(ChannelKey::toString);
    Map<List<ChannelKey>, List<String>> pairClusters = new TreeMap<>(
        Comparator.<List<ChannelKey>, String>comparing(l -> l.get(0).toString()).thenComparing(l -> l.get(1).toString()));
    Map<List<ChannelKey>, Map<ChannelKey, Set<PostKey>>> pairPosts = new HashMap<>();
    sharesByCluster.forEach((id, shares) -> {
      for (int i = 0; i < shares.size(); i++) {
        for (int j = i + 1; j < shares.size(); j++) {
          Share x = shares.get(i);
          Share y = shares.get(j);
          if (Math.abs(x.epochSecond() - y.epochSecond()) <= interval) {
            List<ChannelKey> pair = order.compare(x.channel(), y.channel()) < 0
                ? List.of(x.channel(), y.channel()) : List.of(y.channel(), x.channel());
            pairClusters.computeIfAbsent(pair, k -> new ArrayList<>()).add(id);
            Map<ChannelKey, Set<PostKey>> ps = pairPosts.computeIfAbsent(pair, k -> new HashMap<>());
            ps.computeIfAbsent(x.channel(), k -> new HashSet<>()).add(x.post());
            ps.computeIfAbsent(y.channel(), k -> new HashSet<>()).add(y.post());
          }
        }
      }
    });
    List<CoordinationEdge> edges = new ArrayList<>();
    Map<ChannelKey, Set<ChannelKey>> neighbours = new TreeMap<>(order);
    Map<ChannelKey, Set<PostKey>> coordinatedPosts = new HashMap<>();
    pairClusters.forEach((pair, ids) -> {
      if (ids.size() >= options.repetition()) {
        edges.add(new CoordinationEdge(pair.get(0), pair.get(1), ids.size(), ids));
        neighbours.computeIfAbsent(pair.get(0), k -> new HashSet<>()).add(pair.get(1));
        neighbours.computeIfAbsent(pair.get(1), k -> new HashSet<>()).add(pair.get(0));
        pairPosts.get(pair).forEach((ch, ps) -> coordinatedPosts.computeIfAbsent(ch, k -> new HashSet<>()).addAll(ps));
      }
    });
    List<ChannelKey> accounts = new ArrayList<>(neighbours.keySet());
    UnionFind uf = new UnionFind(accounts.size());
    Map<ChannelKey, Integer> index = new HashMap<>();
    for (ChannelKey a : accounts) {
      index.put(a, uf.add());
    }
    for (CoordinationEdge e : edges) {
      uf.union(index.get(e.a()), index.get(e.b()));
    }
    Map<Integer, List<ChannelKey>> byRoot = new LinkedHashMap<>();
    for (ChannelKey a : accounts) {
      byRoot.computeIfAbsent(uf.find(index.get(a)), r -> new ArrayList<>()).add(a);
    }
    List<List<ChannelKey>> components = new ArrayList<>(byRoot.values());
    components.sort(Comparator.<List<ChannelKey>>comparingInt(List::size).reversed()
        .thenComparing(l -> l.get(0).toString()));
    Map<ChannelKey, Integer> componentOf = new HashMap<>();
    for (int i = 0; i < components.size(); i++) {
      for (ChannelKey a : components.get(i)) {
        componentOf.put(a, i);
      }
    }
    Map<ChannelKey, String> handles = new HashMap<>();
    posts.values().forEach(p -> handles.putIfAbsent(p.channel(), p.displayHandle()));
    List<AccountParticipation> participation = new ArrayList<>();
    for (ChannelKey a : accounts) {
      participation.add(new AccountParticipation(a, handles.get(a), coordinatedPosts.get(a).size(),
          neighbours.get(a).size(), componentOf.get(a)));
    }
    return new CoordinationNetwork(interval, estimated, options.coordinationQuantile(),
        options.coordinationShareFraction(), options.repetition(), edges, components, participation);
  }
}
