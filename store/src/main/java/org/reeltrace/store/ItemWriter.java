package org.reeltrace.store;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.Channel;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.MediaFile;
import org.reeltrace.core.Post;

/**
 * Writes one archive item (channel, post, dated counts, provenance, video) as a set of upserts, so that
 * writing the same item again changes nothing. The caller runs it inside one transaction.
 *
 * <p>Merge rule for descriptive fields (names, caption, music, ...): an item at least as new as the
 * stored row overwrites each field it knows; an older item only fills fields still unknown; a null
 * never erases a value. Counts are not merged field by field but recomputed from the dated series:
 * each current count is the one of the newest snapshot that knows it.
 */
final class ItemWriter {
  private static final List<String> CHANNEL_FIELDS = List.of("handle", "display_name", "numeric_id", "bio");

  private static final List<String> POST_FIELDS = List.of(
      "channel_id", "posted_at", "title", "caption", "duration_seconds", "url", "music_id",
      "music_title", "music_artist", "music_album", "hashtags", "transcript", "region_code");

  private static final String UPSERT_CHANNEL = """
      INSERT INTO channel (platform, channel_id, handle, display_name, numeric_id, bio, observed_at)
      VALUES (:platform, :channelId, :handle, :displayName, :numericId, :bio, :observedAt)
      ON CONFLICT (platform, channel_id) DO UPDATE SET
      """ + mergeNewer("channel", CHANNEL_FIELDS);

  private static final String UPSERT_FOLLOWERS = """
      INSERT INTO channel_snapshot (platform, channel_id, observed_at, followers)
      VALUES (:platform, :channelId, :observedAt, :followers)
      ON CONFLICT (platform, channel_id, observed_at) DO UPDATE SET followers = excluded.followers
      """;

  private static final String UPSERT_POST = """
      INSERT INTO post (platform, post_id, channel_id, posted_at, title, caption, duration_seconds,
        url, music_id, music_title, music_artist, music_album, hashtags, transcript, region_code,
        observed_at)
      VALUES (:platform, :postId, :channelId, :postedAt, :title, :caption, :durationSeconds,
        :url, :musicId, :musicTitle, :musicArtist, :musicAlbum, :hashtags, :transcript, :regionCode,
        :observedAt)
      ON CONFLICT (platform, post_id) DO UPDATE SET
      """ + mergeNewer("post", POST_FIELDS);

  private static final String UPSERT_COUNTS = """
      INSERT INTO post_snapshot (platform, post_id, observed_at, views, likes, comments, shares)
      VALUES (:platform, :postId, :observedAt, :views, :likes, :comments, :shares)
      ON CONFLICT (platform, post_id, observed_at) DO UPDATE SET
        views = COALESCE(excluded.views, post_snapshot.views),
        likes = COALESCE(excluded.likes, post_snapshot.likes),
        comments = COALESCE(excluded.comments, post_snapshot.comments),
        shares = COALESCE(excluded.shares, post_snapshot.shares)
      """;

  private static final String REFRESH_CURRENT_COUNTS = "UPDATE post SET "
      + List.of("views", "likes", "comments", "shares").stream()
          .map(c -> c + " = (SELECT s." + c + " FROM post_snapshot s WHERE s.platform = post.platform"
              + " AND s.post_id = post.post_id AND s." + c + " IS NOT NULL"
              + " ORDER BY s.observed_at DESC LIMIT 1)")
          .collect(Collectors.joining(", "))
      + " WHERE platform = :platform AND post_id = :postId";

  private static final String UPSERT_SOURCE = """
      INSERT INTO post_source (platform, post_id, source_file, source_line, format, observed_at)
      VALUES (:platform, :postId, :file, :line, :format, :observedAt)
      ON CONFLICT (platform, post_id, source_file, source_line) DO UPDATE SET
        format = excluded.format, observed_at = excluded.observed_at
      """;

  private static final String UPSERT_MEDIA = """
      INSERT INTO media_file (sha256, size_bytes, container, duration_seconds, width, height, created_at)
      VALUES (:sha256, :sizeBytes, :container, :durationSeconds, :width, :height, :createdAt)
      ON CONFLICT (sha256) DO UPDATE SET
        created_at = COALESCE(excluded.created_at, media_file.created_at),
        container = COALESCE(excluded.container, media_file.container),
        duration_seconds = COALESCE(excluded.duration_seconds, media_file.duration_seconds),
        width = COALESCE(excluded.width, media_file.width),
        height = COALESCE(excluded.height, media_file.height)
      """;

  private static final String UPSERT_LOCATION = """
      INSERT INTO media_location (path, sha256, size_bytes, last_modified)
      VALUES (:path, :sha256, :sizeBytes, :lastModified)
      ON CONFLICT (path) DO UPDATE SET
        sha256 = excluded.sha256, size_bytes = excluded.size_bytes,
        last_modified = excluded.last_modified
      """;

  private static final String UPSERT_POST_MEDIA = """
      INSERT INTO post_media (platform, post_id, sha256, path)
      VALUES (:platform, :postId, :sha256, :path)
      ON CONFLICT (platform, post_id, sha256) DO UPDATE SET path = excluded.path
      """;

  private ItemWriter() {}

  /** Writes the item and its video; must run inside a transaction on {@code h}. */
  static void write(Handle h, ArchivedPost item, Optional<StoredVideo> video) {
    long observedAt = item.observedAt().toEpochMilli();
    writeChannel(h, item.channel(), item.followerCount(), observedAt);
    Post post = item.post();
    h.createUpdate(UPSERT_POST)
        .bind("platform", post.key().platform())
        .bind("postId", post.key().postId())
        .bind("channelId", post.channel().channelId())
        .bind("postedAt", post.postedAt() == null ? null : post.postedAt().toEpochMilli())
        .bind("title", post.title())
        .bind("caption", post.caption())
        .bind("durationSeconds", post.durationSeconds())
        .bind("url", post.url())
        .bind("musicId", post.music().id())
        .bind("musicTitle", post.music().title())
        .bind("musicArtist", post.music().artist())
        .bind("musicAlbum", post.music().album())
        .bind("hashtags", TagList.encode(post.hashtags()))
        .bind("transcript", post.transcript())
        .bind("regionCode", post.regionCode())
        .bind("observedAt", observedAt)
        .execute();
    writeCounts(h, item, observedAt);
    h.createUpdate(UPSERT_SOURCE)
        .bind("platform", post.key().platform())
        .bind("postId", post.key().postId())
        .bind("file", item.source().file().toString())
        .bind("line", item.source().line())
        .bind("format", item.format().name())
        .bind("observedAt", observedAt)
        .execute();
    video.ifPresent(v -> writeVideo(h, item, v));
  }

  private static void writeChannel(Handle h, Channel channel, Long followers, long observedAt) {
    h.createUpdate(UPSERT_CHANNEL)
        .bind("platform", channel.key().platform())
        .bind("channelId", channel.key().channelId())
        .bind("handle", channel.handle())
        .bind("displayName", channel.displayName())
        .bind("numericId", channel.numericId())
        .bind("bio", channel.bio())
        .bind("observedAt", observedAt)
        .execute();
    if (followers != null) {
      h.createUpdate(UPSERT_FOLLOWERS)
          .bind("platform", channel.key().platform())
          .bind("channelId", channel.key().channelId())
          .bind("observedAt", observedAt)
          .bind("followers", followers)
          .execute();
    }
  }

  private static void writeCounts(Handle h, ArchivedPost item, long observedAt) {
    Engagement counts = item.engagement();
    if (counts.isUnknown()) {
      return;
    }
    String platform = item.post().key().platform();
    String postId = item.post().key().postId();
    h.createUpdate(UPSERT_COUNTS)
        .bind("platform", platform)
        .bind("postId", postId)
        .bind("observedAt", observedAt)
        .bind("views", counts.views())
        .bind("likes", counts.likes())
        .bind("comments", counts.comments())
        .bind("shares", counts.shares())
        .execute();
    h.createUpdate(REFRESH_CURRENT_COUNTS)
        .bind("platform", platform)
        .bind("postId", postId)
        .execute();
  }

  private static void writeVideo(Handle h, ArchivedPost item, StoredVideo video) {
    MediaFile file = video.file();
    h.createUpdate(UPSERT_MEDIA)
        .bind("sha256", file.sha256())
        .bind("sizeBytes", file.sizeBytes())
        .bind("container", file.container())
        .bind("durationSeconds", file.durationSeconds())
        .bind("width", file.width())
        .bind("height", file.height())
        .bind("createdAt", file.createdAt() == null ? null : file.createdAt().toEpochMilli())
        .execute();
    h.createUpdate(UPSERT_LOCATION)
        .bind("path", video.path().toString())
        .bind("sha256", file.sha256())
        .bind("sizeBytes", file.sizeBytes())
        .bind("lastModified", video.lastModified().toEpochMilli())
        .execute();
    h.createUpdate(UPSERT_POST_MEDIA)
        .bind("platform", item.post().key().platform())
        .bind("postId", item.post().key().postId())
        .bind("sha256", file.sha256())
        .bind("path", video.path().toString())
        .execute();
  }

  /**
   * The SET clause of the merge rule, for fixed column names of {@code table} plus its observed_at.
   * Only column names from the constants above are put into SQL text; every value is bound.
   */
  private static String mergeNewer(String table, List<String> columns) {
    String newer = "excluded.observed_at >= " + table + ".observed_at";
    return columns.stream()
        .map(c -> c + " = CASE WHEN " + newer
            + " THEN COALESCE(excluded." + c + ", " + table + "." + c + ")"
            + " ELSE COALESCE(" + table + "." + c + ", excluded." + c + ") END")
        .collect(Collectors.joining(",\n  ", "  ", ",\n"))
        + "  observed_at = CASE WHEN " + newer + " THEN excluded.observed_at ELSE "
        + table + ".observed_at END";
  }
}
