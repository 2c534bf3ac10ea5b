package org.reeltrace.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * Posts that show the same footage, and where it first appeared.
 *
 * @param id              stable id within one report ({@code c0001}, ...), ordered by first appearance
 * @param origin          the post judged to be the first appearance
 * @param originChannel   that post's channel
 * @param firstSeen       the origin's posting time, or null when unknown
 * @param confidence      how sure the origin choice is, 0..1
 * @param certain         true when one post is strictly earliest by posting time and no post lacks a time
 * @param evidence        why the origin was chosen
 * @param members         every post in the cluster (origin included), by posting time
 */
public record FootageCluster(
    String id,
    PostKey origin,
    ChannelKey originChannel,
    Instant firstSeen,
    double confidence,
    boolean certain,
    List<Evidence> evidence,
    List<ClusterMember> members) {
  public FootageCluster {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(originChannel, "originChannel");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0..1, was " + confidence);
    }
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
    members = members == null ? List.of() : List.copyOf(members);
  }
}
