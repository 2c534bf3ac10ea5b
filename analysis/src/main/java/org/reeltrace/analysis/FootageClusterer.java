package org.reeltrace.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.reeltrace.core.PostKey;

/**
 * Splits matched footage into groups. Contract: every second of every post covered by a shared
 * segment ends up in at most one group; seconds in one group are linked by segments (directly or
 * through other posts) and touch the same set of posts; a splice of two unrelated sources yields two
 * groups, each holding the splice. {@link Lineage} then joins groups with the same first appearance.
 */
final class FootageClusterer {
  /*
   * Design. Nodes are (post, whole second). Each shared segment links the seconds of one post to the
   * seconds it maps to in the other (sampled at second midpoints, in both directions so a speed change
   * leaves no holes). Connected components of that graph are "pieces of footage" seen second by second;
   * their transitive closure is what makes a copy of a copy land with the original.
   *
   * Linking consecutive seconds of one post directly would be wrong: a post that re-uploads a whole
   * compilation would join every source of the compilation into one cluster. Instead, components are
   * grouped by the set of posts they touch (their signature): seconds of source A inside a splice S and
   * its copy L form the group {A, S, L}; source B's seconds form {B, S, L}; S's own seconds that L
   * copied form {S, L}. The groups of one original cut by different partial copies ({O, X} for the
   * first 10 s, {O, Y} for the rest, {O} nowhere) have the same structure as that splice, told apart
   * only by time: they share their first appearance, O, so Lineage joins groups by first appearance.
   *
   * A group of at most `bridgeSeconds` whose posts include two incomparable groups is alignment noise
   * at a splice boundary (a second of S mapped into both A and B) and is dropped; otherwise it would
   * add B to A's footage.
   */

  private record Node(PostKey post, int second) {}

  private static final class Group {
    final Set<PostKey> posts;
    final Map<PostKey, TreeSet<Integer>> seconds = new TreeMap<>(Comparator.comparing(PostKey::toString));
    int index;

    Group(Set<PostKey> posts) {
      this.posts = posts;
    }

    int duration() {
      return seconds.values().stream().mapToInt(Set::size).max().orElse(0);
    }
  }

  private final int bridgeSeconds;
  private final Map<Node, Integer> ids = new HashMap<>();
  private final List<Node> nodes = new ArrayList<>();
  private final UnionFind sets = new UnionFind(1024);

  FootageClusterer(int bridgeSeconds) {
    this.bridgeSeconds = bridgeSeconds;
  }

  /** Returns the footage groups as post → seconds covered, in no particular order. */
  List<Map<PostKey, TreeSet<Integer>>> cluster(List<PostMatch> matches) {
    for (PostMatch m : matches) {
      for (SharedSegment s : m.segments()) {
        link(m.a(), m.b(), s);
        link(m.b(), m.a(), s.swapped());
      }
    }
    List<Group> groups = groups();
    dropBridges(groups);
    return seconds(groups);
  }

  private void link(PostKey a, PostKey b, SharedSegment s) {
    if (s.aEnd() - s.aStart() < 1.0) {
      double mid = (s.aStart() + s.aEnd()) / 2;
      union(a, (int) Math.floor(mid), b, (int) Math.floor(s.toB(mid)));
      return;
    }
    int first = (int) Math.ceil(s.aStart() - 0.5);
    for (int k = Math.max(first, 0); k + 0.5 <= s.aEnd(); k++) {
      double t = k + 0.5;
      double tb = Math.min(Math.max(s.toB(t), s.bStart()), s.bEnd());
      union(a, k, b, (int) Math.floor(tb));
    }
  }

  private void union(PostKey a, int sa, PostKey b, int sb) {
    sets.union(id(new Node(a, sa)), id(new Node(b, Math.max(sb, 0))));
  }

  private int id(Node n) {
    Integer i = ids.get(n);
    if (i == null) {
      i = sets.add();
      ids.put(n, i);
      nodes.add(n);
    }
    return i;
  }

  private List<Group> groups() {
    Map<Integer, Set<PostKey>> postsByRoot = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      postsByRoot.computeIfAbsent(sets.find(i), r -> new TreeSet<>(Comparator.comparing(PostKey::toString)))
          .add(nodes.get(i).post());
    }
    Map<Set<PostKey>, Group> bySignature = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      Set<PostKey> signature = postsByRoot.get(sets.find(i));
      Node n = nodes.get(i);
      bySignature.computeIfAbsent(signature, Group::new)
          .seconds.computeIfAbsent(n.post(), p -> new TreeSet<>()).add(n.second());
    }
    List<Group> groups = new ArrayList<>(bySignature.values());
    for (int i = 0; i < groups.size(); i++) {
      groups.get(i).index = i;
    }
    return groups;
  }

  private static boolean strictSubset(Group small, Group big) {
    return small.posts.size() < big.posts.size() && big.posts.containsAll(small.posts);
  }

  private static boolean comparable(Group x, Group y) {
    return x.posts.containsAll(y.posts) || y.posts.containsAll(x.posts);
  }

  /** Candidates that may contain or be contained in g: groups sharing g's first post. */
  private static Map<PostKey, List<Group>> byPost(List<Group> groups) {
    Map<PostKey, List<Group>> index = new HashMap<>();
    for (Group g : groups) {
      for (PostKey p : g.posts) {
        index.computeIfAbsent(p, k -> new ArrayList<>()).add(g);
      }
    }
    return index;
  }

  private void dropBridges(List<Group> groups) {
    Map<PostKey, List<Group>> index = byPost(groups);
    List<Group> bridges = new ArrayList<>();
    for (Group g : groups) {
      if (g.duration() > bridgeSeconds) {
        continue;
      }
      List<Group> subsets = new ArrayList<>();
      for (PostKey p : g.posts) {
        for (Group h : index.get(p)) {
          if (h != g && !subsets.contains(h) && strictSubset(h, g)) {
            subsets.add(h);
          }
        }
      }
      if (hasIncomparablePair(subsets)) {
        bridges.add(g);
      }
    }
    groups.removeAll(bridges);
    for (int i = 0; i < groups.size(); i++) {
      groups.get(i).index = i;
    }
  }

  private static boolean hasIncomparablePair(List<Group> gs) {
    for (int i = 0; i < gs.size(); i++) {
      for (int j = i + 1; j < gs.size(); j++) {
        if (!comparable(gs.get(i), gs.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  private static List<Map<PostKey, TreeSet<Integer>>> seconds(List<Group> groups) {
    List<Map<PostKey, TreeSet<Integer>>> out = new ArrayList<>();
    for (Group g : groups) {
      out.add(g.seconds);
    }
    return out;
  }
}
