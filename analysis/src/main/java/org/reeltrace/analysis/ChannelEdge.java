package org.reeltrace.analysis;

import java.time.Instant;
import java.util.Objects;
import org.reeltrace.core.ChannelKey;

/**
 * A channel that posted footage first seen on another channel: {@code channel} lifted from {@code source}.
 *
 * @param channel       the lifting channel
 * @param handle        its handle
 * @param source        the channel lifted from
 * @param sourceHandle  its handle
 * @param posts         how many of the channel's posts lifted from the source
 * @param first         the earliest such post's posting time, or null when none is known
 * @param last          the latest such post's posting time, or null when none is known
 * @param confidence    the mean confidence of those posts' edges, 0..1
 */
public record ChannelEdge(
    ChannelKey channel, String handle, ChannelKey source, String sourceHandle,
    int posts, Instant first, Instant last, double confidence) {
  public ChannelEdge {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(source, "source");
    if (posts < 1) {
      throw new IllegalArgumentException("posts must be >= 1, was " + posts);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0..1, was " + confidence);
    }
  }
}
