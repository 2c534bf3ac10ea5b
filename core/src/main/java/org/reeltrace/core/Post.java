package org.reeltrace.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A post as an archive describes it. Everything but the key and channel may be missing (null).
 *
 * @param key             platform and post id
 * @param channel         the channel that posted it
 * @param postedAt        when the platform says it was posted
 * @param title           the title (yt-dlp {@code title}); on TikTok often the caption again
 * @param caption         the description or caption text
 * @param durationSeconds the duration the metadata gives, in seconds
 * @param url             the post's web address
 * @param music           music named by the metadata, {@link Music#NONE} when none
 * @param hashtags        hashtags without {@code #}, in archive order
 * @param transcript      speech-to-text the platform provides (Research API {@code voice_to_text})
 * @param regionCode      the platform's region code for the post (Research API {@code region_code})
 */
public record Post(
    PostKey key,
    ChannelKey channel,
    Instant postedAt,
    String title,
    String caption,
    Double durationSeconds,
    String url,
    Music music,
    List<String> hashtags,
    String transcript,
    String regionCode) {
  public Post {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(channel, "channel");
    if (!key.platform().equals(channel.platform())) {
      throw new IllegalArgumentException(
          "post " + key + " and its channel " + channel + " are on different platforms");
    }
    if (durationSeconds != null && (durationSeconds < 0 || durationSeconds.isNaN())) {
      throw new IllegalArgumentException("duration must be >= 0 seconds, was " + durationSeconds);
    }
    title = Text.blankToNull(title);
    caption = Text.blankToNull(caption);
    url = Text.blankToNull(url);
    music = music == null ? Music.NONE : music;
    hashtags = hashtags == null ? List.of() : List.copyOf(hashtags);
    transcript = Text.blankToNull(transcript);
    regionCode = Text.blankToNull(regionCode);
  }
}
