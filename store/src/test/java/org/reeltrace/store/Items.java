package org.reeltrace.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.reeltrace.core.ArchiveFormat;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.MediaFile;
import org.reeltrace.core.Music;
import org.reeltrace.core.Post;
import org.reeltrace.core.PostKey;
import org.reeltrace.core.SourceLocation;

/** Archive items for store tests: a builder for single items and a numbered, deterministic corpus. */
final class Items {
  static final Instant T0 = Instant.parse("2024-03-01T12:00:00Z");

  private String platform = "tiktok";
  private final String postId;
  private String channelId = "alice";
  private String handle = "alice";
  private String displayName;
  private String bio;
  private Long followers;
  private String title;
  private String caption;
  private Music music = Music.NONE;
  private List<String> hashtags = List.of();
  private Engagement counts = Engagement.UNKNOWN;
  private Instant observedAt = T0;
  private Instant postedAt;
  private SourceLocation source = SourceLocation.of(Path.of("archive/a.info.json"));

  private Items(String postId) {
    this.postId = postId;
  }

  /** An item for post {@code postId} on TikTok, by channel alice, observed at {@link #T0}. */
  static Items post(String postId) {
    return new Items(postId);
  }

  Items platform(String value) {
    platform = value;
    return this;
  }

  Items channel(String value) {
    channelId = value;
    handle = value;
    return this;
  }

  Items displayName(String value) {
    displayName = value;
    return this;
  }

  Items bio(String value) {
    bio = value;
    return this;
  }

  Items followers(long value) {
    followers = value;
    return this;
  }

  Items title(String value) {
    title = value;
    return this;
  }

  Items caption(String value) {
    caption = value;
    return this;
  }

  Items music(Music value) {
    music = value;
    return this;
  }

  Items hashtags(String... values) {
    hashtags = List.of(values);
    return this;
  }

  Items counts(Long views, Long likes, Long comments, Long shares) {
    counts = new Engagement(views, likes, comments, shares);
    return this;
  }

  Items observedAt(Instant value) {
    observedAt = value;
    return this;
  }

  Items postedAt(Instant value) {
    postedAt = value;
    return this;
  }

  Items source(String file, int line) {
    source = new SourceLocation(Path.of(file), line);
    return this;
  }

  ArchivedPost build() {
    ChannelKey channelKey = new ChannelKey(platform, channelId);
    Post post = new Post(new PostKey(platform, postId), channelKey, postedAt, title, caption, 12.5,
        "https://example.org/" + postId, music, hashtags, null, null);
    return new ArchivedPost(new Channel(channelKey, handle, displayName, null, bio), followers, post,
        counts, observedAt, Optional.empty(), source, ArchiveFormat.YT_DLP_INFO_JSON);
  }

  static PostKey key(String postId) {
    return new PostKey("tiktok", postId);
  }

  /** A video of {@code content}'s bytes (the hash of the text), found at {@code path}. */
  static StoredVideo video(String content, Path path) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    MediaFile file = new MediaFile(sha256(bytes), bytes.length, "mov,mp4,m4a,3gp,3g2,mj2", 9.5, 720, 1280);
    return new StoredVideo(file, path, T0.minusSeconds(3600));
  }

  /**
   * Item {@code i} of a corpus of numbered items: 100 channels, counts and followers, a video whose
   * bytes every tenth item shares with the item before it (so the corpus has fewer files than posts).
   */
  static ArchivedPost numbered(int i) {
    return post("p" + i)
        .channel("ch" + (i % 100))
        .followers(1000L + i)
        .title("post " + i)
        .hashtags("tag" + (i % 7), "news")
        .counts(10L * i, (long) i, null, 1L)
        .observedAt(T0.plusSeconds(i))
        .source("archive/corpus.ndjson", i + 1)
        .build();
  }

  static StoredVideo numberedVideo(int i, Path root) {
    int bytesOf = i % 10 == 9 ? i - 1 : i;
    return video("video " + bytesOf, root.resolve("p" + i + ".mp4"));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
