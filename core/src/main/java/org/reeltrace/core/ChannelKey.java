package org.reeltrace.core;

import java.util.Locale;
import java.util.Objects;

/**
 * Identifies a channel: the platform it lives on and the platform's identifier for it.
 *
 * <p>The platform is stored in lower case ({@code tiktok}, {@code douyin}, {@code youtube}, ...).
 * On TikTok and Douyin the identifier is the handle (the {@code @name}, lower case), because it is
 * the one identifier that yt-dlp, the Research API and 4CAT all carry.
 */
public record ChannelKey(String platform, String channelId) {
  public ChannelKey {
    platform = Platforms.normalize(platform);
    Objects.requireNonNull(channelId, "channelId");
    channelId = channelId.strip();
    if (channelId.isEmpty()) {
      throw new IllegalArgumentException("channel id must not be blank");
    }
    if (Platforms.handlesAreCaseInsensitive(platform)) {
      channelId = channelId.startsWith("@") ? channelId.substring(1) : channelId;
      channelId = channelId.toLowerCase(Locale.ROOT);
    }
  }

  @Override
  public String toString() {
    return platform + ":" + channelId;
  }
}
