package org.reeltrace.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.reeltrace.core.PostKey;

/** Lineage against the known truth of random archives (see {@link SyntheticArchive}). */
class LineageProperties {
  @Property(tries = 200, seed = "20261125")
  void recoversEveryClusterOriginAndChannelEdge(@ForAll long seed) {
    SyntheticArchive archive = new SyntheticArchive(seed);
    LineageReport report = Lineage.analyze(archive.input(), LineageOptions.defaults());

    Map<PostKey, Integer> clipOf = new HashMap<>();
    archive.clipOrigin.forEach((clip, origin) -> clipOf.put(origin, clip));
    Map<Integer, Set<PostKey>> required = archive.clusters(SyntheticArchive.REQUIRED);
    Map<Integer, Set<PostKey>> allowed = archive.clusters(0);
    Set<Integer> found = new HashSet<>();
    for (FootageCluster c : report.clusters()) {
      Integer clip = clipOf.get(c.origin());
      assertThat(clip).as("seed %d: origin %s of %s is a clip's first post", seed, c.origin(), c.id()).isNotNull();
      assertThat(found.add(clip)).as("seed %d: one cluster per clip", seed).isTrue();
      Set<PostKey> members = c.members().stream().map(ClusterMember::post).collect(Collectors.toSet());
      assertThat(members).as("seed %d: members of %s", seed, c.id())
          .containsAll(required.get(clip)).isSubsetOf(allowed.get(clip));
    }
    required.forEach((clip, posts) -> {
      if (posts.size() > 1) {
        assertThat(found).as("seed %d: clip %d has a cluster", seed, clip).contains(clip);
      }
    });

    Set<String> edges = new HashSet<>();
    report.channelEdges().forEach(e -> edges.add(e.channel() + ">" + e.source()));
    Set<String> allowedEdges = new HashSet<>();
    archive.channelEdgeChoices(0).forEach(allowedEdges::addAll);
    assertThat(edges).as("seed %d", seed).isSubsetOf(allowedEdges);
    for (Set<String> choices : archive.channelEdgeChoices(SyntheticArchive.REQUIRED)) {
      assertThat(edges).as("seed %d: one of %s", seed, choices).containsAnyElementsOf(choices);
    }
  }
}
