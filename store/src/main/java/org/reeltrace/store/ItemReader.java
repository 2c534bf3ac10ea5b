package org.reeltrace.store;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.MediaFile;
import org.reeltrace.core.Music;
import org.reeltrace.core.Post;
import org.reeltrace.core.PostKey;

/** Reads stored posts, their dated counts and video files back into domain records. */
final class ItemReader {
  private static final String MEDIA_COLUMNS =
      "m.sha256, m.size_bytes, m.container, m.duration_seconds, m.width, m.height, m.created_at";

  private ItemReader() {}

  static Optional<Post> post(Handle h, PostKey key) {
    return h.createQuery("""
            SELECT channel_id, posted_at, title, caption, duration_seconds, url, music_id,
              music_title, music_artist, music_album, hashtags, transcript, region_code
            FROM post WHERE platform = :platform AND post_id = :postId
            """)
        .bind("platform", key.platform())
        .bind("postId", key.postId())
        .map((rs, ctx) -> new Post(
            key,
            new ChannelKey(key.platform(), rs.getString("channel_id")),
            instant(rs, "posted_at"),
            rs.getString("title"),
            rs.getString("caption"),
            nullableDouble(rs, "duration_seconds"),
            rs.getString("url"),
            new Music(rs.getString("music_id"), rs.getString("music_title"),
                rs.getString("music_artist"), rs.getString("music_album")),
            TagList.decode(rs.getString("hashtags")),
            rs.getString("transcript"),
            rs.getString("region_code")))
        .findOne();
  }

  static List<PostKey> postKeys(Handle h) {
    return h.createQuery("SELECT platform, post_id FROM post ORDER BY platform, post_id")
        .map((rs, ctx) -> new PostKey(rs.getString("platform"), rs.getString("post_id")))
        .list();
  }

  static List<PostKey> postKeysOf(Handle h, ChannelKey channel) {
    return h.createQuery("""
            SELECT platform, post_id FROM post WHERE platform = :platform AND channel_id = :channelId
            ORDER BY post_id
            """)
        .bind("platform", channel.platform())
        .bind("channelId", channel.channelId())
        .map((rs, ctx) -> new PostKey(rs.getString("platform"), rs.getString("post_id")))
        .list();
  }

  static List<ChannelKey> channelKeys(Handle h) {
    return h.createQuery("SELECT platform, channel_id FROM channel ORDER BY platform, channel_id")
        .map((rs, ctx) -> new ChannelKey(rs.getString("platform"), rs.getString("channel_id")))
        .list();
  }

  static Optional<Channel> channel(Handle h, ChannelKey key) {
    return h.createQuery("""
            SELECT handle, display_name, numeric_id, bio FROM channel
            WHERE platform = :platform AND channel_id = :channelId
            """)
        .bind("platform", key.platform())
        .bind("channelId", key.channelId())
        .map((rs, ctx) -> new Channel(key, rs.getString("handle"), rs.getString("display_name"),
            rs.getString("numeric_id"), rs.getString("bio")))
        .findOne();
  }

  static Optional<Engagement> engagement(Handle h, PostKey key) {
    return h.createQuery("""
            SELECT views, likes, comments, shares FROM post
            WHERE platform = :platform AND post_id = :postId
            """)
        .bind("platform", key.platform())
        .bind("postId", key.postId())
        .map((rs, ctx) -> counts(rs))
        .findOne();
  }

  static List<EngagementSnapshot> engagementHistory(Handle h, PostKey key) {
    return h.createQuery("""
            SELECT observed_at, views, likes, comments, shares FROM post_snapshot
            WHERE platform = :platform AND post_id = :postId ORDER BY observed_at
            """)
        .bind("platform", key.platform())
        .bind("postId", key.postId())
        .map((rs, ctx) -> new EngagementSnapshot(key, instant(rs, "observed_at"), counts(rs)))
        .list();
  }

  static List<FollowerSnapshot> followerHistory(Handle h, ChannelKey key) {
    return h.createQuery("""
            SELECT observed_at, followers FROM channel_snapshot
            WHERE platform = :platform AND channel_id = :channelId ORDER BY observed_at
            """)
        .bind("platform", key.platform())
        .bind("channelId", key.channelId())
        .map((rs, ctx) -> new FollowerSnapshot(key, instant(rs, "observed_at"), rs.getLong("followers")))
        .list();
  }

  static List<PostMedia> mediaOf(Handle h, PostKey key) {
    return h.createQuery("SELECT " + MEDIA_COLUMNS + ", pm.path FROM post_media pm"
            + " JOIN media_file m ON m.sha256 = pm.sha256"
            + " WHERE pm.platform = :platform AND pm.post_id = :postId ORDER BY m.sha256")
        .bind("platform", key.platform())
        .bind("postId", key.postId())
        .map((rs, ctx) -> new PostMedia(key, mediaFile(rs), Path.of(rs.getString("path"))))
        .list();
  }

  static Optional<MediaFile> knownVideo(Handle h, Path path, long sizeBytes, Instant lastModified) {
    return h.createQuery("SELECT " + MEDIA_COLUMNS + " FROM media_location l"
            + " JOIN media_file m ON m.sha256 = l.sha256"
            + " WHERE l.path = :path AND l.size_bytes = :sizeBytes AND l.last_modified = :lastModified")
        .bind("path", path.toAbsolutePath().normalize().toString())
        .bind("sizeBytes", sizeBytes)
        .bind("lastModified", lastModified.toEpochMilli())
        .map((rs, ctx) -> mediaFile(rs))
        .findOne();
  }

  /** Counts in one statement, so that they come from one consistent snapshot of the database. */
  static StoreStats stats(Handle h) {
    return h.createQuery("""
            SELECT (SELECT COUNT(*) FROM channel) AS channels,
                   (SELECT COUNT(*) FROM post) AS posts,
                   (SELECT COUNT(*) FROM media_file) AS media,
                   (SELECT COUNT(*) FROM ingest_error
                     WHERE run_id = (SELECT MAX(id) FROM ingest_run)) AS errors
            """)
        .map((rs, ctx) -> new StoreStats(rs.getLong("channels"), rs.getLong("posts"),
            rs.getLong("media"), rs.getLong("errors")))
        .one();
  }

  private static MediaFile mediaFile(ResultSet rs) throws SQLException {
    return new MediaFile(rs.getString("sha256"), rs.getLong("size_bytes"), rs.getString("container"),
        nullableDouble(rs, "duration_seconds"), nullableInt(rs, "width"), nullableInt(rs, "height"),
        instant(rs, "created_at"));
  }

  private static Engagement counts(ResultSet rs) throws SQLException {
    return new Engagement(nullableLong(rs, "views"), nullableLong(rs, "likes"),
        nullableLong(rs, "comments"), nullableLong(rs, "shares"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Long millis = nullableLong(rs, column);
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  private static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  static Double nullableDouble(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}
