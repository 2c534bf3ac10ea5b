package org.reeltrace.core;

import java.util.Objects;

/**
 * A channel (account) as an archive describes it.
 *
 * @param key         platform and channel id
 * @param handle      the account's handle without {@code @}, or null when the archive lacks it
 * @param displayName the name shown on the channel page, or null
 * @param numericId   the platform's internal id when it differs from the key (TikTok user id), or null
 */
public record Channel(ChannelKey key, String handle, String displayName, String numericId) {
  public Channel {
    Objects.requireNonNull(key, "key");
    handle = Text.blankToNull(handle);
    displayName = Text.blankToNull(displayName);
    numericId = Text.blankToNull(numericId);
  }
}
