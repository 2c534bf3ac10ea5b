package org.reeltrace.analysis;

import java.util.List;
import java.util.Objects;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * A post's part in a footage cluster: which of its seconds show the cluster's footage.
 *
 * @param post    the post
 * @param channel the post's channel
 * @param ranges  the post's seconds that show the footage, in order, not overlapping
 */
public record ClusterMember(PostKey post, ChannelKey channel, List<SecondsRange> ranges) {
  public ClusterMember {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(channel, "channel");
    ranges = ranges == null ? List.of() : List.copyOf(ranges);
  }

  /** Seconds of footage in this post. */
  public double seconds() {
    return ranges.stream().mapToDouble(SecondsRange::length).sum();
  }
}
