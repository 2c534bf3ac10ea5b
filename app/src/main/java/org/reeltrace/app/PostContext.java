package org.reeltrace.app;

import java.util.List;
import java.util.Objects;
import org.reeltrace.core.Channel;
import org.reeltrace.core.Post;
import org.reeltrace.store.PostMedia;

/** What the store knows of one post, as signal finders read it: its texts, its channel and its video files. */
record PostContext(Post post, Channel channel, List<PostMedia> media) {
  PostContext {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(channel, "channel");
    media = List.copyOf(media);
  }
}
