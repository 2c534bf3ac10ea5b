package org.reeltrace.core;

import java.util.Objects;

/** Identifies a post: the platform and the platform's own post id. */
public record PostKey(String platform, String postId) {
  public PostKey {
    platform = Platforms.normalize(platform);
    Objects.requireNonNull(postId, "postId");
    postId = postId.strip();
    if (postId.isEmpty()) {
      throw new IllegalArgumentException("post id must not be blank");
    }
  }

  @Override
  public String toString() {
    return platform + ":" + postId;
  }
}
