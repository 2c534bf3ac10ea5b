package org.reeltrace.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.ItemError;
import org.reeltrace.core.MediaFile;
import org.reeltrace.core.Post;
import org.reeltrace.core.PostKey;
import org.reeltrace.core.Signal;

/**
 * The archive database: channels, posts, their dated counts, video files and ingest runs, in an
 * SQLite file ({@code jdbc:sqlite:FILE}) or a PostgreSQL database ({@code jdbc:postgresql://...}),
 * with the same behaviour on both.
 *
 * <ul>
 *   <li>A channel is identified by (platform, channel id), a post by (platform, post id), a video
 *       file by its SHA-256. Saving the same item again changes nothing.
 *   <li>Each {@link #savePost} is one transaction: after a crash, an item is either fully stored or
 *       not at all, and running the ingest again ends with the counts of a clean run.
 *   <li>Counts and follower numbers are kept as a dated series; the post's current counts are the
 *       newest known ones, whatever the order items are saved in. Descriptive fields take the newest
 *       item's values; an older item only fills gaps; a missing value never erases a known one.
 *   <li>Times are kept to the millisecond.
 * </ul>
 *
 * <p>One store holds one connection; its methods are synchronized, so it may be shared by threads.
 * Other processes may read (and write) the same database at the same time.
 */
public final class Store implements AutoCloseable {
  /** The database used when none is named: {@code reeltrace.db} in the working directory. */
  public static final String DEFAULT_URL = "jdbc:sqlite:reeltrace.db";

  private final String url;
  private final Handle handle;
  private final Clock clock;

  private Store(String url, Handle handle, Clock clock) {
    this.url = url;
    this.handle = handle;
    this.clock = clock;
  }

  /**
   * Opens the database at a JDBC URL and brings its schema up to date.
   *
   * @throws StoreException with a one-line message when the URL is not supported, the database
   *                        cannot be reached or its schema cannot be migrated
   */
  public static Store open(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Dialect dialect = Dialect.of(jdbcUrl);
    String shown = Dialect.redact(jdbcUrl);
    try {
      Migrations.migrate(dialect, dialect.migrationSource(jdbcUrl));
      Jdbi jdbi = Jdbi.create(dialect.dataSource(jdbcUrl))
          .setStatementBuilderFactory(connection -> new StatementCache());
      Handle session = jdbi.open();
      try {
        dialect.configure(session);
      } catch (RuntimeException e) {
        session.close();
        throw e;
      }
      return new Store(shown, session, Clock.systemUTC());
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("cannot open database " + shown + ": " + oneLine(e), e);
    }
  }

  /** Records the start of an ingest of {@code archiveRoot}; returns the run's id. */
  public synchronized long startIngestRun(String archiveRoot) {
    Objects.requireNonNull(archiveRoot, "archiveRoot");
    return run("start an ingest run", () -> IngestLog.start(handle, archiveRoot, clock.instant()));
  }

  /** Records that a run rejected an item; the same location twice in one run counts once. */
  public synchronized void recordError(long runId, ItemError error) {
    Objects.requireNonNull(error, "error");
    run("record an error of run " + runId, () -> {
      IngestLog.recordError(handle, runId, error);
      return null;
    });
  }

  /** Records that a run ended. */
  public synchronized void finishIngestRun(long runId) {
    run("finish ingest run " + runId, () -> {
      IngestLog.finish(handle, runId, clock.instant());
      return null;
    });
  }

  /** Stores one archive item and its optional video in ONE transaction; idempotent. */
  public void savePost(ArchivedPost item, Optional<StoredVideo> video) {
    savePost(item, video, () -> {});
  }

  /** As {@link #savePost(ArchivedPost, Optional)}, running {@code beforeCommit} (a test's crash) last. */
  synchronized void savePost(ArchivedPost item, Optional<StoredVideo> video, Runnable beforeCommit) {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(video, "video");
    run("save post " + item.post().key() + " from " + item.source(), () -> {
      handle.useTransaction(h -> {
        ItemWriter.write(h, item, video);
        beforeCommit.run();
      });
      return null;
    });
  }

  /**
   * The stored file last saved from {@code path}, if that save saw the same size and modification
   * time (to the millisecond): lets a re-run skip hashing an unchanged file.
   */
  public synchronized Optional<MediaFile> knownVideo(Path path, long sizeBytes, Instant lastModified) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(lastModified, "lastModified");
    return run("look up video " + path,
        () -> ItemReader.knownVideo(handle, path, sizeBytes, lastModified));
  }

  /** Distinct channels, posts and video files, and the items the newest ingest run rejected. */
  public synchronized StoreStats stats() {
    return run("count the archive", () -> ItemReader.stats(handle));
  }

  /** The stored post, merged from every item that described it. */
  public synchronized Optional<Post> post(PostKey key) {
    Objects.requireNonNull(key, "key");
    return run("read post " + key, () -> ItemReader.post(handle, key));
  }

  /** The keys of every stored post, ordered by platform and post id. */
  public synchronized List<PostKey> postKeys() {
    return run("list posts", () -> ItemReader.postKeys(handle));
  }

  /** The keys of the channel's stored posts, ordered by post id. */
  public synchronized List<PostKey> postKeysOf(ChannelKey channel) {
    Objects.requireNonNull(channel, "channel");
    return run("list the posts of " + channel, () -> ItemReader.postKeysOf(handle, channel));
  }

  /** The keys of every stored channel, ordered by platform and channel id. */
  public synchronized List<ChannelKey> channelKeys() {
    return run("list channels", () -> ItemReader.channelKeys(handle));
  }

  /** The stored channel, with the names of the newest item that described it. */
  public synchronized Optional<Channel> channel(ChannelKey key) {
    Objects.requireNonNull(key, "key");
    return run("read channel " + key, () -> ItemReader.channel(handle, key));
  }

  /**
   * The post's current counts: each the value of the newest snapshot that knows it
   * ({@link Engagement#UNKNOWN} when no item gave counts); empty when the post is not stored.
   */
  public synchronized Optional<Engagement> engagement(PostKey key) {
    Objects.requireNonNull(key, "key");
    return run("read counts of " + key, () -> ItemReader.engagement(handle, key));
  }

  /** The post's counts as each item saw them, oldest first. */
  public synchronized List<EngagementSnapshot> engagementHistory(PostKey key) {
    Objects.requireNonNull(key, "key");
    return run("read count history of " + key, () -> ItemReader.engagementHistory(handle, key));
  }

  /** The channel's follower counts as each item saw them, oldest first. */
  public synchronized List<FollowerSnapshot> followerHistory(ChannelKey key) {
    Objects.requireNonNull(key, "key");
    return run("read follower history of " + key, () -> ItemReader.followerHistory(handle, key));
  }

  /** The video files stored for the post, ordered by SHA-256. */
  public synchronized List<PostMedia> mediaOf(PostKey key) {
    Objects.requireNonNull(key, "key");
    return run("read media of " + key, () -> ItemReader.mediaOf(handle, key));
  }

  /**
   * Stores the fingerprint of a video file made by {@code method} (an encoding the caller owns), or,
   * when {@code data} is null, the one-line {@code problem} that kept it from being made. Replaces an
   * earlier one of the same method, and drops the file's fingerprints of other versions of it (a method
   * named {@code NAME-vN}): a store analysed again after an upgrade keeps only the current encoding.
   */
  public synchronized void saveFingerprint(String sha256, String method, byte[] data, String problem) {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(method, "method");
    if ((data == null) == (problem == null)) {
      throw new IllegalArgumentException("give either fingerprint data or a problem, not both or neither");
    }
    run("save the " + method + " fingerprint of " + sha256, () -> {
      handle.useTransaction(h -> FingerprintTable.save(h, sha256, method, data, problem, clock.instant()));
      return null;
    });
  }

  /** The stored fingerprint of a video file by {@code method}, if one was made. */
  public synchronized Optional<byte[]> fingerprint(String sha256, String method) {
    return run("read the " + method + " fingerprint of " + sha256,
        () -> FingerprintTable.data(handle, sha256, method));
  }

  /** Video files with neither a {@code method} fingerprint nor a recorded problem, by SHA-256. */
  public synchronized List<PendingVideo> videosWithoutFingerprint(String method) {
    return run("list videos to fingerprint", () -> FingerprintTable.pending(handle, method));
  }

  /** Calls {@code action} with (sha256, data) for every {@code method} fingerprint, by SHA-256. */
  public synchronized void forEachFingerprint(String method, java.util.function.BiConsumer<String, byte[]> action) {
    run("read " + method + " fingerprints", () -> {
      FingerprintTable.forEach(handle, method, action);
      return null;
    });
  }

  /** The posts a video file was archived with. */
  public synchronized List<PostKey> postsOfVideo(String sha256) {
    return run("read the posts of video " + sha256, () -> FingerprintTable.postsOf(handle, sha256));
  }

  /**
   * Replaces what {@code producer} (a stage and its version, e.g. {@code text-v1}) found about a subject with
   * {@code signals}, in one transaction, and records that it has looked at the subject; {@code problem} is a
   * one-line reason when it could not look (then {@code signals} is usually empty). What other versions of
   * the same producer ({@code text-v2} for {@code text-v1}) found about the subject is dropped with their
   * runs: a new version replaces the old one's findings, it does not add to them.
   */
  public synchronized void replaceSignals(SignalSubject subject, String producer, List<Signal> signals,
      String problem) {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(producer, "producer");
    Objects.requireNonNull(signals, "signals");
    run("save the " + producer + " signals of " + subject, () -> {
      handle.useTransaction(h -> SignalTable.replace(h, subject, producer, signals, problem, clock.instant()));
      return null;
    });
  }

  /** True when {@code producer} has already looked at the subject (found something or not). */
  public synchronized boolean hasSignalRun(SignalSubject subject, String producer) {
    Objects.requireNonNull(subject, "subject");
    return run("read the " + producer + " run of " + subject, () -> SignalTable.hasRun(handle, subject, producer));
  }

  /** Every signal stored about the subject, by producer and in the order found. */
  public synchronized List<StoredSignal> signals(SignalSubject subject) {
    Objects.requireNonNull(subject, "subject");
    return run("read the signals of " + subject, () -> SignalTable.of(handle, subject));
  }

  /** Every stored signal, by subject and producer. */
  public synchronized List<StoredSignal> allSignals() {
    return run("read all signals", () -> SignalTable.all(handle));
  }

  @Override
  public synchronized void close() {
    handle.close();
  }

  /** The connection, for tests that cut it mid-transaction. */
  Connection connection() {
    return handle.getConnection();
  }

  private <T> T run(String what, Supplier<T> action) {
    try {
      return action.get();
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException("cannot " + what + " in " + url + ": " + oneLine(e), e);
    }
  }

  /**
   * The most specific message in a cause chain, cut to its first line: the deepest SQL error if
   * there is one (it names the database's complaint), else the deepest cause.
   */
  private static String oneLine(Throwable e) {
    Throwable pick = e;
    Throwable deepestSql = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        deepestSql = t;
      }
      pick = t;
    }
    if (deepestSql != null) {
      pick = deepestSql;
    }
    String message = pick.getMessage();
    if (message == null || message.isBlank()) {
      return pick.getClass().getSimpleName();
    }
    return message.strip().lines().findFirst().orElse("").strip();
  }
}
