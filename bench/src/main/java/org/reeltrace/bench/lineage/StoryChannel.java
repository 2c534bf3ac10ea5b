package org.reeltrace.bench.lineage;

import java.util.Locale;
import java.util.Objects;

/**
 * A generated channel.
 *
 * @param platform  tiktok, douyin or youtube
 * @param handle    the handle without {@code @}
 * @param channelId the platform's channel id (a YouTube channel id; on TikTok and Douyin the handle)
 * @param name      the display name
 * @param role      what it does with footage
 * @param format    how its posts are archived
 */
record StoryChannel(String platform, String handle, String channelId, String name, Role role, Format format) {
  StoryChannel {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(handle, "handle");
    Objects.requireNonNull(channelId, "channelId");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(format, "format");
  }

  /** The channel key as ReelTrace writes it ({@code platform:channelId}, handles in lower case). */
  String key() {
    return platform + ":" + (platform.equals("youtube") ? channelId : handle.toLowerCase(Locale.ROOT));
  }
}
