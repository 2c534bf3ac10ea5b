package org.reeltrace.store;

import java.util.Objects;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * What a signal is about: a post or a channel.
 *
 * @param type     {@code post} or {@code channel}
 * @param platform the platform, lower case
 * @param id       the post id or channel id
 */
public record SignalSubject(String type, String platform, String id) {
  public SignalSubject {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(id, "id");
    if (!type.equals("post") && !type.equals("channel")) {
      throw new IllegalArgumentException("subject type must be post or channel, was " + type);
    }
  }

  public static SignalSubject of(PostKey post) {
    return new SignalSubject("post", post.platform(), post.postId());
  }

  public static SignalSubject of(ChannelKey channel) {
    return new SignalSubject("channel", channel.platform(), channel.channelId());
  }

  @Override
  public String toString() {
    return type + " " + platform + ":" + id;
  }
}
