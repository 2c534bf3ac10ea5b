package org.reeltrace.analysis;

import java.util.Objects;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;
import org.reeltrace.core.Signal;

/**
 * A signal with what it is about, as the report shows it.
 *
 * @param channel  the channel it is about, or the channel of the post it is about
 * @param post     the post it is about, or null when it is about the channel itself (name, bio)
 * @param producer the stage and version that found it, e.g. {@code text-v1}
 * @param signal   the signal
 */
public record AttributedSignal(ChannelKey channel, PostKey post, String producer, Signal signal) {
  public AttributedSignal {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(signal, "signal");
  }

  /** True when the signal is about the channel itself rather than one of its posts. */
  public boolean aboutChannel() {
    return post == null;
  }
}
