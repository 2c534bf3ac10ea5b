package org.reeltrace.store;

import java.time.Instant;
import java.util.Objects;
import org.reeltrace.core.ChannelKey;

/** A channel's follower count as one archive item saw it at {@code observedAt} (millisecond precision). */
public record FollowerSnapshot(ChannelKey channel, Instant observedAt, long followers) {
  public FollowerSnapshot {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(observedAt, "observedAt");
    if (followers < 0) {
      throw new IllegalArgumentException("followers must be >= 0, was " + followers);
    }
  }
}
