package org.reeltrace.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private final Map<PostKey, Integer> postIndex = new HashMap<>();
  private final List<PostKey> postKeys = new ArrayList<>();
  /** Node key (post index << 32 | second) → node id; node ids index {@link #nodes} and the union-find. */
  private final Map<Long, Integer> ids = new HashMap<>();
  private final List<Long> nodes = new ArrayList<>();
  private final UnionFind sets = new UnionFind(1024);
  private final double trimSeconds;

  /** @param trimSeconds how much of each end of a segment makes only weak links: aligners place ends roughly */
  FootageClusterer(double trimSeconds) {
    this.trimSeconds = trimSeconds;
  }

  /** Returns the footage groups as post → seconds covered, in no particular order. */
  List<Map<PostKey, TreeSet<Integer>>> cluster(List<PostMatch> matches) {
    List<int[]> weak = new ArrayList<>();
    for (PostMatch m : matches) {
      int a = post(m.a());
      int b = post(m.b());
      for (SharedSegment s : m.segments()) {
        link(a, b, s, weak);
        link(b, a, s.swapped(), weak);
      }
    }
    for (int[] w : weak) {
      if (sets.setSize(w[0]) == 1 || sets.setSize(w[1]) == 1) {
        sets.union(w[0], w[1]);
      }
    }
    return groups();
  }

  private int post(PostKey key) {
    return postIndex.computeIfAbsent(key, k -> {
      postKeys.add(k);
      return postKeys.size() - 1;
    });
  }

  /** Links the interior seconds of a segment now; its trimmed ends go to {@code weak}. */
  private void link(int a, int b, SharedSegment s, List<int[]> weak) {
    double from = s.aStart() + trimSeconds;
    double to = s.aEnd() - trimSeconds;
    if (to - from < 1.0) {
      double mid = (s.aStart() + s.aEnd()) / 2;
      sets.union(id(a, (int) Math.floor(mid)), id(b, (int) Math.floor(s.toB(mid))));
      from = mid;
      to = mid;
    }
    for (int k = Math.max((int) Math.ceil(s.aStart() - 0.5), 0); k + 0.5 <= s.aEnd(); k++) {
      double t = k + 0.5;
      int kb = (int) Math.floor(Math.min(Math.max(s.toB(t), s.bStart()), s.bEnd()));
      if (t >= from && t <= to) {
        sets.union(id(a, k), id(b, kb));
      } else {
        weak.add(new int[] {id(a, k), id(b, kb)});
      }
    }
  }

  private int id(int post, int second) {
    long key = ((long) post << 32) | Math.max(second, 0);
    Integer i = ids.get(key);
    if (i == null) {
      i = sets.add();
      ids.put(key, i);
      nodes.add(key);
    }
    return i;
  }

  private List<Map<PostKey, TreeSet<Integer>>> groups() {
    Map<Integer, java.util.SortedSet<Integer>> postsByRoot = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      postsByRoot.computeIfAbsent(sets.find(i), r -> new TreeSet<>()).add((int) (nodes.get(i) >>> 32));
    }
    Map<java.util.SortedSet<Integer>, Map<PostKey, TreeSet<Integer>>> bySignature = new LinkedHashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      long node = nodes.get(i);
      bySignature.computeIfAbsent(postsByRoot.get(sets.find(i)), k -> new HashMap<>())
          .computeIfAbsent(postKeys.get((int) (node >>> 32)), p -> new TreeSet<>()).add((int) node);
    }
    return new ArrayList<>(bySignature.values());
  }
}
