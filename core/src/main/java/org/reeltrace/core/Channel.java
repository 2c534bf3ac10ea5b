package org.reeltrace.core;

import java.util.Objects;

/**
 * A channel (account) as an archive describes it.
 *
 * @param key         platform and channel id
 * @param handle      the account's handle without {@code @}, or null when the archive lacks it
 * @param displayName the name shown on the channel page, or null
 * @param numericId   the platform's internal id when it differs from the key (TikTok user id), or null
 * @param bio         the channel's self-description (TikTok/Douyin {@code signature}), or null
 */
public record Channel(ChannelKey key, String handle, String displayName, String numericId, String bio) {
  /** A channel whose archive gives no bio. */
  public Channel(ChannelKey key, String handle, String displayName, String numericId) {
    this(key, handle, displayName, numericId, null);
  }

  public Channel {
    Objects.requireNonNull(key, "key");
    handle = Text.blankToNull(handle);
    displayName = Text.blankToNull(displayName);
    numericId = Text.blankToNull(numericId);
    bio = Text.blankToNull(bio);
  }
}
