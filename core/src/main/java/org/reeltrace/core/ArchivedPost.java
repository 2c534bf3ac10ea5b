package org.reeltrace.core;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One item read from an archive: a post, its channel, the counts at the time the archive was made,
 * and the video file it names or pairs with, if any.
 *
 * @param channel        the posting channel
 * @param followerCount  the channel's follower count at {@code observedAt}, or null
 * @param post           the post
 * @param engagement     the post's counts at {@code observedAt}
 * @param observedAt     when the archiving tool saw these figures (yt-dlp {@code epoch}, 4CAT
 *                       {@code timestamp_collected}, else the metadata file's modification time)
 * @param video          the video file; empty for metadata-only items
 * @param source         where the item was read
 * @param format         the archive format it was read from
 */
public record ArchivedPost(
    Channel channel,
    Long followerCount,
    Post post,
    Engagement engagement,
    Instant observedAt,
    Optional<Path> video,
    SourceLocation source,
    ArchiveFormat format) {
  public ArchivedPost {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(observedAt, "observedAt");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    engagement = engagement == null ? Engagement.UNKNOWN : engagement;
    video = video == null ? Optional.empty() : video;
    if (!channel.key().equals(post.channel())) {
      throw new IllegalArgumentException(
          "post " + post.key() + " names channel " + post.channel() + " but came with " + channel.key());
    }
    if (followerCount != null && followerCount < 0) {
      throw new IllegalArgumentException("follower count must be >= 0, was " + followerCount);
    }
  }
}
