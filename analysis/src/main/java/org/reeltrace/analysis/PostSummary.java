package org.reeltrace.analysis;

import java.util.List;
import java.util.Objects;
import org.reeltrace.core.PostKey;

/**
 * One post with its place in the lineage.
 *
 * @param post                the post as given
 * @param clusterIds          the footage clusters it belongs to
 * @param originOf            the clusters whose first appearance it is
 * @param liftedFrom          the posts it lifted footage from
 * @param firstSeenElsewhere  true when some of its footage first appeared on another channel
 */
public record PostSummary(
    LineagePost post, List<String> clusterIds, List<String> originOf, List<PostKey> liftedFrom,
    boolean firstSeenElsewhere) {
  public PostSummary {
    Objects.requireNonNull(post, "post");
    clusterIds = clusterIds == null ? List.of() : List.copyOf(clusterIds);
    originOf = originOf == null ? List.of() : List.copyOf(originOf);
    liftedFrom = liftedFrom == null ? List.of() : List.copyOf(liftedFrom);
  }
}
