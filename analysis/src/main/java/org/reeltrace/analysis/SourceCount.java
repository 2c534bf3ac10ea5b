package org.reeltrace.analysis;

import java.util.Objects;
import org.reeltrace.core.ChannelKey;

/** How many of a channel's posts lifted from one source channel. */
public record SourceCount(ChannelKey source, String handle, int posts) {
  public SourceCount {
    Objects.requireNonNull(source, "source");
    if (posts < 1) {
      throw new IllegalArgumentException("posts must be >= 1, was " + posts);
    }
  }
}
