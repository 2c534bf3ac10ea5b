package org.reeltrace.analysis;

import java.util.List;
import java.util.Objects;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * A post that shows footage first seen in another post: {@code post} lifted from {@code source}.
 *
 * @param post          the later post
 * @param channel       its channel
 * @param source        the post it lifted from: the cluster's origin, or an intermediate its watermark names
 * @param sourceChannel the source's channel
 * @param clusterIds    the footage clusters this edge stands for
 * @param lagDays       whole days between the source's and the post's posting times, or null when unknown
 * @param confidence    0..1
 * @param evidence      why
 */
public record PostEdge(
    PostKey post,
    ChannelKey channel,
    PostKey source,
    ChannelKey sourceChannel,
    List<String> clusterIds,
    Long lagDays,
    double confidence,
    List<Evidence> evidence) {
  public PostEdge {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceChannel, "sourceChannel");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0..1, was " + confidence);
    }
    clusterIds = clusterIds == null ? List.of() : List.copyOf(clusterIds);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** True when the post re-uses its own channel's footage. */
  public boolean sameChannel() {
    return channel.equals(sourceChannel);
  }
}
