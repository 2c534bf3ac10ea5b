package org.reeltrace.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.reeltrace.core.PostKey;

/**
 * The lineage analysis: footage clusters, first appearances, lifted-from edges, channel reuse and
 * coordinated sharing, from posts and the matches between them.
 *
 * <pre>{@code
 * LineageReport report = Lineage.analyze(new LineageInput(posts, matches), LineageOptions.defaults());
 * ReportWriter.writeAll(report, outDir, Keyframes.none());
 * }</pre>
 */
public final class Lineage {
  private Lineage() {}

  /** Analyses the input; deterministic for a given input (ordering of the input does not matter). */
  public static LineageReport analyze(LineageInput input, LineageOptions options) {
    return analyze(input, options, RepeatedChanges.NONE);
  }

  /**
   * As {@link #analyze(LineageInput, LineageOptions)}, with frame-level evidence of which earlier copy's
   * changes each post carries ({@link RepeatedChanges}).
   */
  public static LineageReport analyze(LineageInput input, LineageOptions options, RepeatedChanges repeated) {
    Map<PostKey, LineagePost> posts = new LinkedHashMap<>();
    WatermarkAccounts.resolve(input.posts()).stream().sorted(OriginChooser.BY_TIME).forEach(p -> posts.put(p.key(), p));
    List<FootageCluster> clusters = clusters(input, options, posts);
    LiftGraph graph = new LiftGraph(posts, new CopySimilarity(input.matches()), repeated);
    List<PostEdge> postEdges = graph.postEdges(clusters);
    List<ChannelEdge> channelEdges = graph.channelEdges(postEdges);
    List<ChannelReuse> channels = new ReuseStatistics(posts, options).compute(clusters, postEdges);
    CoordinationNetwork coordination = new CoordinationDetector(posts, options).detect(clusters);
    return new LineageReport(LineageReport.SCHEMA, options, channels, summaries(posts, clusters, postEdges),
        clusters, postEdges, channelEdges, coordination, input.matches());
  }

  /*
   * Clusters are footage with one first appearance. FootageClusterer yields groups of seconds that
   * touch the same posts; each group's first appearance is chosen (OriginChooser) and groups with the
   * same first appearance are joined: the parts of one original that different copies cut out end up
   * together, while a splice's sources stay apart. A post showing no more than `noiseSeconds` of a
   * cluster is dropped from it: one-second groups at segment ends (an aligner overshooting into the
   * next shot of a splice) would otherwise make a source a "member" of its neighbour's footage. Such a
   * source shows more of some other cluster; a post that shows no more than that of any footage (a
   * short copy matched over two seconds only) stays: its short match is all the evidence there is. When
   * such a post is the first appearance of its group, the group would lose every other member; it joins
   * the cluster its partners show most of instead (joinFootageOfPartners).
   * A cluster whose origin shows no more than the ends' uncertainty (2 × trimSeconds + noiseSeconds)
   * and all of whose posts are in other clusters too is dropped: it is the tail of a copy that one
   * pair's segment reached and the origin's segment did not, not footage of its own.
   */
  private static List<FootageCluster> clusters(LineageInput input, LineageOptions options,
      Map<PostKey, LineagePost> posts) {
    OriginChooser chooser = new OriginChooser();
    record Draft(OriginChooser.Origin origin, List<ClusterMember> members) {}
    Map<PostKey, Map<PostKey, TreeSet<Integer>>> byOrigin = new LinkedHashMap<>();
    for (Map<PostKey, TreeSet<Integer>> group : new FootageClusterer(options.trimSeconds()).cluster(input.matches())) {
      PostKey origin = chooser.choose(members(group, posts)).post().key();
      Map<PostKey, TreeSet<Integer>> joined = byOrigin.computeIfAbsent(origin, k -> new HashMap<>());
      group.forEach((post, secs) -> joined.computeIfAbsent(post, p -> new TreeSet<>()).addAll(secs));
    }
    Set<PostKey> shownBeyondNoise = new HashSet<>();
    for (Map<PostKey, TreeSet<Integer>> raw : byOrigin.values()) {
      raw.forEach((post, secs) -> {
        if (secs.size() > options.noiseSeconds()) {
          shownBeyondNoise.add(post);
        }
      });
    }
    Map<PostKey, List<PostKey>> orphanOrigins = new LinkedHashMap<>();
    for (Map.Entry<PostKey, Map<PostKey, TreeSet<Integer>>> e : byOrigin.entrySet()) {
      Map<PostKey, TreeSet<Integer>> raw = e.getValue();
      List<PostKey> dropped = new ArrayList<>();
      raw.entrySet().removeIf(m -> {
        boolean noise = !m.getKey().equals(e.getKey()) && m.getValue().size() <= options.noiseSeconds()
            && shownBeyondNoise.contains(m.getKey());
        if (noise) {
          dropped.add(m.getKey());
        }
        return noise;
      });
      if (raw.size() == 1 && !dropped.isEmpty() && !shownBeyondNoise.contains(e.getKey())) {
        orphanOrigins.put(e.getKey(), dropped);
      }
    }
    orphanOrigins.forEach((orphan, partners) -> joinFootageOfPartners(byOrigin, orphan, partners));
    Map<PostKey, Integer> clustersOf = new HashMap<>();
    for (Map<PostKey, TreeSet<Integer>> raw : byOrigin.values()) {
      if (raw.size() >= 2) {
        raw.keySet().forEach(p -> clustersOf.merge(p, 1, Integer::sum));
      }
    }
    double slight = 2 * options.trimSeconds() + options.noiseSeconds();
    List<Draft> drafts = new ArrayList<>();
    for (Map.Entry<PostKey, Map<PostKey, TreeSet<Integer>>> e : byOrigin.entrySet()) {
      Map<PostKey, TreeSet<Integer>> raw = e.getValue();
      if (raw.size() < 2) {
        continue;
      }
      boolean slightAndCovered = raw.get(e.getKey()).size() <= slight
          && raw.keySet().stream().allMatch(p -> clustersOf.get(p) > 1);
      if (slightAndCovered) {
        continue;
      }
      List<LineagePost> members = members(raw, posts);
      List<ClusterMember> cm = members.stream()
          .map(p -> new ClusterMember(p.key(), p.channel(), ranges(raw.get(p.key())))).toList();
      drafts.add(new Draft(chooser.choose(members), cm));
    }
    drafts.sort(Comparator.comparing((Draft d) -> d.origin().post(), OriginChooser.BY_TIME)
        .thenComparing(d -> d.members().get(0).ranges().get(0).start())
        .thenComparing(d -> d.members().size()));
    List<FootageCluster> clusters = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      LineagePost o = d.origin().post();
      clusters.add(new FootageCluster(String.format("c%04d", i + 1), o.key(), o.channel(), o.postedAt(),
          d.origin().confidence(), d.origin().certain(), d.origin().evidence(), d.members()));
    }
    return clusters;
  }

  /**
   * Moves {@code orphan}, a post that matched others over no more than the noise seconds and shows no more
   * of any footage (an original that only one heavily edited copy matched, briefly), from the group it
   * was first appearance of into the cluster whose footage its {@code partners} show most of: it is
   * footage of that cluster, and, being earlier, may be its first appearance. Nothing moves when the
   * partners show no other footage.
   */
  private static void joinFootageOfPartners(Map<PostKey, Map<PostKey, TreeSet<Integer>>> byOrigin, PostKey orphan,
      List<PostKey> partners) {
    Map<PostKey, TreeSet<Integer>> target = null;
    int most = 0;
    for (Map.Entry<PostKey, Map<PostKey, TreeSet<Integer>>> e : byOrigin.entrySet()) {
      if (e.getKey().equals(orphan)) {
        continue;
      }
      int shown = 0;
      for (PostKey partner : partners) {
        TreeSet<Integer> secs = e.getValue().get(partner);
        shown += secs == null ? 0 : secs.size();
      }
      if (shown > most) {
        most = shown;
        target = e.getValue();
      }
    }
    if (target != null) {
      target.computeIfAbsent(orphan, k -> new TreeSet<>()).addAll(byOrigin.get(orphan).remove(orphan));
    }
  }

  private static List<LineagePost> members(Map<PostKey, TreeSet<Integer>> group, Map<PostKey, LineagePost> posts) {
    return group.keySet().stream().map(posts::get).sorted(OriginChooser.BY_TIME).toList();
  }

  /** Whole seconds as maximal runs [first, last + 1). */
  private static List<SecondsRange> ranges(TreeSet<Integer> seconds) {
    List<SecondsRange> out = new ArrayList<>();
    Integer start = null;
    Integer prev = null;
    for (int s : seconds) {
      if (start == null) {
        start = s;
      } else if (s != prev + 1) {
        out.add(new SecondsRange(start, prev + 1));
        start = s;
      }
      prev = s;
    }
    if (start != null) {
      out.add(new SecondsRange(start, prev + 1));
    }
    return out;
  }

  private static List<PostSummary> summaries(Map<PostKey, LineagePost> posts, List<FootageCluster> clusters,
      List<PostEdge> edges) {
    Map<PostKey, List<String>> in = new HashMap<>();
    Map<PostKey, List<String>> origin = new HashMap<>();
    Map<PostKey, Boolean> elsewhere = new HashMap<>();
    for (FootageCluster c : clusters) {
      origin.computeIfAbsent(c.origin(), k -> new ArrayList<>()).add(c.id());
      for (ClusterMember m : c.members()) {
        in.computeIfAbsent(m.post(), k -> new ArrayList<>()).add(c.id());
        if (!m.channel().equals(c.originChannel())) {
          elsewhere.put(m.post(), true);
        }
      }
    }
    Map<PostKey, List<PostKey>> sources = new HashMap<>();
    for (PostEdge e : edges) {
      sources.computeIfAbsent(e.post(), k -> new ArrayList<>()).add(e.source());
    }
    List<PostSummary> out = new ArrayList<>();
    for (LineagePost p : posts.values()) {
      out.add(new PostSummary(p, in.getOrDefault(p.key(), List.of()), origin.getOrDefault(p.key(), List.of()),
          sources.getOrDefault(p.key(), List.of()), elsewhere.getOrDefault(p.key(), false)));
    }
    return out;
  }
}
