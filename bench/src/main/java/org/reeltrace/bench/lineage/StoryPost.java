package org.reeltrace.bench.lineage;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * A generated post.
 *
 * @param platform     tiktok, douyin or youtube
 * @param postId       the platform's post id (TikTok and Douyin ids encode the creation time)
 * @param channel      who posted it
 * @param footage      for an original, the clip its footage is cut from; null for a re-post
 * @param footageStart for an original, where in the clip its footage starts (s)
 * @param duration     for an original, its length (s)
 * @param parent       the post it was downloaded from and re-posted, or null for an original
 * @param edits        for a re-post, how it was made from its parent; null for an original
 * @param postedAt     when it was really posted
 * @param stated       how much of the posting time its archive states
 * @param fileCreated  the {@code creation_time} written into its video container, or null for none
 * @param caption      its caption
 */
record StoryPost(String platform, String postId, StoryChannel channel, Path footage, double footageStart,
    double duration, StoryPost parent, Edits edits, Instant postedAt, StatedTime stated, Instant fileCreated,
    String caption) {
  StoryPost {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(postId, "postId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(postedAt, "postedAt");
    Objects.requireNonNull(stated, "stated");
    if ((footage == null) == (parent == null)) {
      throw new IllegalArgumentException("post " + postId + " needs exactly one of footage and parent");
    }
    if (parent != null && edits == null) {
      throw new IllegalArgumentException("re-post " + postId + " has no edits");
    }
  }

  /** The post key as ReelTrace writes it ({@code platform:postId}). */
  String key() {
    return platform + ":" + postId;
  }

  /** The original this post's footage comes from (itself for an original). */
  StoryPost origin() {
    StoryPost p = this;
    while (p.parent != null) {
      p = p.parent;
    }
    return p;
  }

  /** How many downloads lie between this post and its original. */
  int generation() {
    return parent == null ? 0 : parent.generation() + 1;
  }

  /** The video file name in the archive. */
  String videoName() {
    return channel.handle() + " - " + postId + ".mp4";
  }
}
