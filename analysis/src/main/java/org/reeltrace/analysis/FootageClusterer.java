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
   * leaves no holes). The `trimSeconds` at each end of a segment are weak links: at one frame per
   * second an aligner's segment ends are off by up to a second, and one second linked past a splice
   * boundary would join two sources' footage. Weak links are applied after all strong ones and only
   * when one side is not yet linked to anything, so they can extend footage to its true ends but never
   * join two pieces of footage. Connected components of that graph are "pieces of footage" seen second by second;
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
   * Alignment noise is left to Lineage too: a segment that overshoots a splice boundary by a second
   * maps a second of S's B part onto A, making a one-second group of A's, S's and B's posts; joined
   * to A's footage, B's posts show one second of it, below the least a member must show.
   */

  private record Node(PostKey post, int second) {}

  private static final class Group {
    final Set<PostKey> posts;
    final Map<PostKey, TreeSet<Integer>> seconds = new TreeMap<>(Comparator.comparing(PostKey::toString));

    Group(Set<PostKey> posts) {
      this.posts = posts;
    }

  }

  private final Map<Node, Integer> ids = new HashMap<>();
  private final List<Node> nodes = new ArrayList<>();
  private final UnionFind sets = new UnionFind(1024);

  private final double trimSeconds;

  /** @param trimSeconds how much of each end of a segment to ignore: aligners place ends only roughly */
  FootageClusterer(double trimSeconds) {
    this.trimSeconds = trimSeconds;
  }

  /** Returns the footage groups as post → seconds covered, in no particular order. */
  List<Map<PostKey, TreeSet<Integer>>> cluster(List<PostMatch> matches) {
    List<int[]> weak = new ArrayList<>();
    for (PostMatch m : matches) {
      for (SharedSegment s : m.segments()) {
        link(m.a(), m.b(), s, weak);
        link(m.b(), m.a(), s.swapped(), weak);
      }
    }
    for (int[] w : weak) {
      if (sets.setSize(w[0]) == 1 || sets.setSize(w[1]) == 1) {
        sets.union(w[0], w[1]);
      }
    }
    return seconds(groups());
  }

  /** Links the interior seconds of a segment now; its trimmed ends go to {@code weak}. */
  private void link(PostKey a, PostKey b, SharedSegment s, List<int[]> weak) {
    double from = s.aStart() + trimSeconds;
    double to = s.aEnd() - trimSeconds;
    if (to - from < 1.0) {
      double mid = (s.aStart() + s.aEnd()) / 2;
      union(a, (int) Math.floor(mid), b, (int) Math.floor(s.toB(mid)));
      from = to = mid;
    }
    for (int k = Math.max((int) Math.ceil(s.aStart() - 0.5), 0); k + 0.5 <= s.aEnd(); k++) {
      double t = k + 0.5;
      int kb = (int) Math.floor(Math.min(Math.max(s.toB(t), s.bStart()), s.bEnd()));
      if (t >= from && t <= to) {
        union(a, k, b, kb);
      } else {
        weak.add(new int[] {id(new Node(a, k)), id(new Node(b, Math.max(kb, 0)))});
      }
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
    return new ArrayList<>(bySignature.values());
  }

  private static List<Map<PostKey, TreeSet<Integer>>> seconds(List<Group> groups) {
    List<Map<PostKey, TreeSet<Integer>>> out = new ArrayList<>();
    for (Group g : groups) {
      out.add(g.seconds);
    }
    return out;
  }
}
