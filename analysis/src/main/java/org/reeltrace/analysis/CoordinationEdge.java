package org.reeltrace.analysis;

import java.util.List;
import java.util.Objects;
import org.reeltrace.core.ChannelKey;

/**
 * Two accounts that posted the same footage within the coordination interval, repeatedly.
 *
 * @param a          one account (the lower key)
 * @param b          the other account
 * @param weight     how many different clusters they co-shared within the interval
 * @param clusterIds those clusters
 */
public record CoordinationEdge(ChannelKey a, ChannelKey b, int weight, List<String> clusterIds) {
  public CoordinationEdge {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (weight < 1) {
      throw new IllegalArgumentException("weight must be >= 1, was " + weight);
    }
    clusterIds = clusterIds == null ? List.of() : List.copyOf(clusterIds);
  }
}
