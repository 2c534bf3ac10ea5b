package org.reeltrace.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.reeltrace.store.Items.T0;
import static org.reeltrace.store.Items.key;
import static org.reeltrace.store.Items.post;
import static org.reeltrace.store.Items.video;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.ItemError;
import org.reeltrace.core.MediaFile;
import org.reeltrace.core.Music;
import org.reeltrace.core.Post;
import org.reeltrace.core.Signal;
import org.reeltrace.core.SourceLocation;

/**
 * What {@link Store} must do on every database; {@link SqliteStoreTest} and
 * {@link PostgresqlStoreTest} run it.
 * Each test gets a fresh, empty database.
 */
abstract class StoreContract {
  private final TestDatabase.Kind kind;
  @TempDir Path tempDir;
  private TestDatabase database;
  private Store store;

  StoreContract(TestDatabase.Kind kind) {
    this.kind = kind;
  }

  @BeforeEach
  void openStore() {
    database = TestDatabase.create(kind, tempDir);
    store = Store.open(database.url());
  }

  @AfterEach
  void closeStore() {
    if (store != null) {
      store.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void anEmptyStoreCountsNothing() {
    assertThat(store.stats()).isEqualTo(new StoreStats(0, 0, 0, 0));
    assertThat(store.post(key("nothing"))).isEmpty();
    assertThat(store.engagement(key("nothing"))).isEmpty();
  }

  @Test
  void aSavedPostReadsBackWithEveryField() {
    Music music = new Music("m1", "original sound", "Alice", null);
    ArchivedPost item = post("7301").title("제목 标题").caption("caption\nwith lines")
        .music(music).hashtags("북한", "a\\b", "two\nlines", "").postedAt(T0.minusSeconds(86_400))
        .build();

    store.savePost(item, Optional.empty());

    assertThat(store.post(key("7301"))).contains(item.post());
    assertThat(store.engagement(key("7301"))).contains(Engagement.UNKNOWN);
    assertThat(store.engagementHistory(key("7301"))).isEmpty();
  }

  @Test
  void savingTheSameItemsAgainChangesNothing() {
    List<ArchivedPost> items = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      items.add(Items.numbered(i));
    }
    saveAll(items);
    StoreStats first = store.stats();
    List<EngagementSnapshot> history = store.engagementHistory(key("p5"));
    List<PostMedia> media = store.mediaOf(key("p9"));

    saveAll(items);

    assertThat(store.stats()).isEqualTo(first).isEqualTo(new StoreStats(30, 30, 27, 0));
    assertThat(store.engagementHistory(key("p5"))).isEqualTo(history).hasSize(1);
    assertThat(store.followerHistory(new ChannelKey("tiktok", "ch5"))).hasSize(1);
    assertThat(store.mediaOf(key("p9"))).isEqualTo(media).hasSize(1);
    assertThat(store.post(key("p5"))).contains(items.get(5).post());
  }

  @Test
  void aNewerSnapshotUpdatesCurrentValuesAndKeepsTheOlderCountsAsASeries() {
    store.savePost(post("1").title("old").counts(100L, 10L, 1L, 0L).followers(50).build(), Optional.empty());
    Instant later = T0.plusSeconds(3600);
    store.savePost(post("1").title("new").counts(250L, 20L, 2L, 1L).followers(80).observedAt(later).build(),
        Optional.empty());

    assertThat(store.post(key("1")).orElseThrow().title()).isEqualTo("new");
    assertThat(store.engagement(key("1"))).contains(new Engagement(250L, 20L, 2L, 1L));
    assertThat(store.engagementHistory(key("1"))).containsExactly(
        new EngagementSnapshot(key("1"), T0, new Engagement(100L, 10L, 1L, 0L)),
        new EngagementSnapshot(key("1"), later, new Engagement(250L, 20L, 2L, 1L)));
    assertThat(store.followerHistory(new ChannelKey("tiktok", "alice"))).containsExactly(
        new FollowerSnapshot(new ChannelKey("tiktok", "alice"), T0, 50),
        new FollowerSnapshot(new ChannelKey("tiktok", "alice"), later, 80));
    assertThat(store.stats()).isEqualTo(new StoreStats(1, 1, 0, 0));
  }

  @Test
  void anOlderSnapshotSavedLaterJoinsTheSeriesButDoesNotOverwriteNewerValues() {
    Instant later = T0.plusSeconds(3600);
    store.savePost(post("1").title("new").displayName("Alice B").counts(250L, 20L, null, null)
        .observedAt(later).build(), Optional.empty());
    store.savePost(post("1").title("old").displayName("Alice A").caption("only the old one has it")
        .counts(100L, 10L, 1L, null).build(), Optional.empty());

    Post stored = store.post(key("1")).orElseThrow();
    assertThat(stored.title()).isEqualTo("new");
    assertThat(stored.caption()).isEqualTo("only the old one has it");
    assertThat(store.engagement(key("1"))).contains(new Engagement(250L, 20L, 1L, null));
    assertThat(store.engagementHistory(key("1"))).extracting(EngagementSnapshot::observedAt)
        .containsExactly(T0, later);
  }

  @Test
  void eachCurrentCountComesFromTheNewestSnapshotThatKnowsIt() {
    store.savePost(post("1").counts(100L, null, null, null).build(), Optional.empty());
    store.savePost(post("1").counts(null, 7L, null, null).observedAt(T0.plusSeconds(20)).build(),
        Optional.empty());
    store.savePost(post("1").counts(150L, 5L, null, null).observedAt(T0.plusSeconds(10)).build(),
        Optional.empty());

    assertThat(store.engagement(key("1"))).contains(new Engagement(150L, 7L, null, null));
  }

  @Test
  void aMissingValueNeverErasesAKnownOne() {
    Music music = new Music("m9", "song", "singer", "album");
    store.savePost(post("1").music(music).hashtags("a", "b").source("a.info.json", 0).build(),
        Optional.empty());
    store.savePost(post("1").source("export.ndjson", 4).observedAt(T0.plusSeconds(60)).build(),
        Optional.empty());
    store.savePost(post("1").source("old.ndjson", 2).observedAt(T0.minusSeconds(60)).build(),
        Optional.empty());

    Post stored = store.post(key("1")).orElseThrow();
    assertThat(stored.music()).isEqualTo(music);
    assertThat(stored.hashtags()).containsExactly("a", "b");
  }

  @Test
  void theSameBytesArchivedTwiceAreOneFileAndFilesAndPostsAreManyToMany() {
    StoredVideo first = video("the same bytes", tempDir.resolve("a/1.mp4"));
    StoredVideo copy = video("the same bytes", tempDir.resolve("b/1-copy.mp4"));
    StoredVideo other = video("other bytes", tempDir.resolve("a/1-hd.mp4"));

    store.savePost(post("1").build(), Optional.of(first));
    store.savePost(post("1").build(), Optional.of(other));
    store.savePost(post("2").build(), Optional.of(copy));

    assertThat(store.stats()).isEqualTo(new StoreStats(1, 2, 2, 0));
    assertThat(store.mediaOf(key("1"))).extracting(PostMedia::file)
        .containsExactlyInAnyOrder(first.file(), other.file());
    assertThat(store.mediaOf(key("2"))).containsExactly(new PostMedia(key("2"), copy.file(), copy.path()));
  }

  @Test
  void aVideoFilesContainerCreationTimeIsKept() {
    StoredVideo plain = video("tagged", tempDir.resolve("t.mp4"));
    MediaFile f = plain.file();
    MediaFile tagged = new MediaFile(f.sha256(), f.sizeBytes(), f.container(), f.durationSeconds(), f.width(),
        f.height(), T0.minusSeconds(86_400 * 400L));
    store.savePost(post("c1").build(), Optional.of(new StoredVideo(tagged, plain.path(), plain.lastModified())));
    store.savePost(post("c2").build(), Optional.of(new StoredVideo(f, tempDir.resolve("u.mp4"), plain.lastModified())));

    assertThat(store.mediaOf(key("c1"))).extracting(m -> m.file().createdAt()).containsExactly(tagged.createdAt());
    assertThat(store.mediaOf(key("c2"))).extracting(m -> m.file().createdAt()).containsExactly(tagged.createdAt());
  }

  @Test
  void postsAndChannelsAreListedAndReadBack() {
    ArchivedPost item = post("9").build();
    store.savePost(post("10").build(), Optional.empty());
    store.savePost(item, Optional.empty());

    assertThat(store.postKeys()).containsExactly(key("10"), key("9"));
    assertThat(store.postKeysOf(item.channel().key())).containsExactly(key("10"), key("9"));
    assertThat(store.postKeysOf(new ChannelKey("tiktok", "nobody"))).isEmpty();
    assertThat(store.channelKeys()).containsExactly(item.channel().key());
    assertThat(store.channel(item.channel().key())).contains(item.channel());
    assertThat(store.channel(new ChannelKey("tiktok", "nobody"))).isEmpty();
  }

  @Test
  void aChannelsBioIsKeptAndAnItemWithoutOneDoesNotEraseIt() {
    ArchivedPost withBio = post("b1").bio("관광객입니다 · visiting Pyongyang").build();
    store.savePost(withBio, Optional.empty());
    store.savePost(post("b2").observedAt(T0.plusSeconds(60)).build(), Optional.empty());

    assertThat(store.channel(withBio.channel().key()))
        .hasValueSatisfying(c -> assertThat(c.bio()).isEqualTo("관광객입니다 · visiting Pyongyang"));
  }

  @Test
  void fingerprintsAreStoredPerFileAndMethodAndPendingFilesAreListed() {
    StoredVideo a = video("aaa", tempDir.resolve("a.mp4"));
    StoredVideo b = video("bbb", tempDir.resolve("b.mp4"));
    store.savePost(post("f1").build(), Optional.of(a));
    store.savePost(post("f2").build(), Optional.of(b));
    String shaA = a.file().sha256();
    String shaB = b.file().sha256();

    assertThat(store.videosWithoutFingerprint("pdq-v1")).extracting(v -> v.file().sha256())
        .containsExactlyInAnyOrder(shaA, shaB);
    byte[] data = {0, 1, 2, (byte) 255};
    store.saveFingerprint(shaA, "pdq-v1", data, null);
    store.saveFingerprint(shaB, "pdq-v1", null, "not a readable video: truncated");

    assertThat(store.videosWithoutFingerprint("pdq-v1")).isEmpty();
    assertThat(store.videosWithoutFingerprint("other")).hasSize(2);
    assertThat(store.fingerprint(shaA, "pdq-v1")).hasValueSatisfying(d -> assertThat(d).isEqualTo(data));
    assertThat(store.fingerprint(shaB, "pdq-v1")).isEmpty();
    java.util.Map<String, byte[]> all = new java.util.HashMap<>();
    store.forEachFingerprint("pdq-v1", all::put);
    assertThat(all).containsOnlyKeys(shaA);
    assertThat(store.postsOfVideo(shaA)).containsExactly(key("f1"));

    store.saveFingerprint(shaA, "pdq-v1", new byte[] {9}, null);
    assertThat(store.fingerprint(shaA, "pdq-v1")).hasValueSatisfying(d -> assertThat(d).containsExactly(9));

    store.saveFingerprint(shaA, "other", new byte[] {7}, null);
    store.saveFingerprint(shaA, "pdq-v2", new byte[] {8}, null);
    assertThat(store.fingerprint(shaA, "pdq-v1")).isEmpty();
    assertThat(store.fingerprint(shaA, "pdq-v2")).hasValueSatisfying(d -> assertThat(d).containsExactly(8));
    assertThat(store.fingerprint(shaA, "other")).hasValueSatisfying(d -> assertThat(d).containsExactly(7));
    assertThat(store.fingerprint(shaB, "pdq-v1")).isEmpty();
    assertThat(store.videosWithoutFingerprint("pdq-v1")).extracting(v -> v.file().sha256()).containsExactly(shaA);
  }

  @Test
  void signalsAreReplacedPerSubjectAndProducerAndTheRunIsRemembered() {
    SignalSubject post = SignalSubject.of(key("s1"));
    SignalSubject channel = SignalSubject.of(new ChannelKey("tiktok", "Someone"));
    Signal bukhan = new Signal(Signal.Kind.TERMINOLOGY,
        "south-korean-usage", "북한의", "caption", 0.4, "lexicon-v1 ko-bukhan");
    Signal song = new Signal(Signal.Kind.SOUNDTRACK,
        "origin:KR", "Song by Artist", "audio 0:03-0:14", 0.9, null);

    assertThat(store.hasSignalRun(post, "text-v1")).isFalse();
    store.replaceSignals(post, "text-v1", List.of(bukhan, bukhan), null);
    store.replaceSignals(post, "soundtrack-v1", List.of(song), null);
    store.replaceSignals(channel, "text-v1", List.of(), null);
    store.replaceSignals(post, "text-v1", List.of(bukhan), null);

    assertThat(store.hasSignalRun(post, "text-v1")).isTrue();
    assertThat(store.hasSignalRun(channel, "text-v1")).isTrue();
    assertThat(store.hasSignalRun(channel, "soundtrack-v1")).isFalse();
    assertThat(store.signals(post)).extracting(StoredSignal::producer, StoredSignal::signal)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("soundtrack-v1", song),
            org.assertj.core.groups.Tuple.tuple("text-v1", bukhan));
    assertThat(store.signals(channel)).isEmpty();
    assertThat(store.allSignals()).hasSize(2);

    store.replaceSignals(post, "soundtrack-v1", List.of(), "no audio track");
    assertThat(store.signals(post)).extracting(StoredSignal::producer).containsExactly("text-v1");

    // a new version of a producer replaces what the old one found, on that subject only; a producer whose
    // name merely begins the same ("text-video-v1") is another producer
    store.replaceSignals(post, "text-video-v1", List.of(bukhan), null);
    store.replaceSignals(post, "text-v2", List.of(), null);
    assertThat(store.signals(post)).extracting(StoredSignal::producer).containsExactly("text-video-v1");
    assertThat(store.hasSignalRun(post, "text-v1")).isFalse();
    assertThat(store.hasSignalRun(post, "soundtrack-v1")).isTrue();
    assertThat(store.hasSignalRun(channel, "text-v1")).isTrue();
  }

  @Test
  void aKnownVideoIsFoundOnlyAtTheSamePathSizeAndModificationTime() {
    StoredVideo v = video("bytes", tempDir.resolve("v.mp4"));
    store.savePost(post("1").build(), Optional.of(v));
    long size = v.file().sizeBytes();

    assertThat(store.knownVideo(v.path(), size, v.lastModified())).contains(v.file());
    assertThat(store.knownVideo(tempDir.resolve("x/../v.mp4"), size, v.lastModified())).contains(v.file());
    assertThat(store.knownVideo(v.path(), size + 1, v.lastModified())).isEmpty();
    assertThat(store.knownVideo(v.path(), size, v.lastModified().plusSeconds(1))).isEmpty();
    assertThat(store.knownVideo(tempDir.resolve("w.mp4"), size, v.lastModified())).isEmpty();
  }

  @Test
  void errorsCountTheItemsRejectedByTheNewestRunOnce() {
    long first = store.startIngestRun("/archive");
    store.recordError(first, error("a.json", 0));
    store.recordError(first, error("b.ndjson", 3));
    store.finishIngestRun(first);
    assertThat(store.stats().errors()).isEqualTo(2);

    long second = store.startIngestRun("/archive");
    assertThat(second).isGreaterThan(first);
    assertThat(store.stats().errors()).isZero();
    store.recordError(second, error("b.ndjson", 3));
    store.recordError(second, error("b.ndjson", 3));
    assertThat(store.stats().errors()).isEqualTo(1);
  }

  @Test
  void anUnknownRunIsAClearError() {
    assertThatThrownBy(() -> store.recordError(42, error("a.json", 0)))
        .isInstanceOf(StoreException.class).hasMessage("no ingest run 42");
    assertThatThrownBy(() -> store.finishIngestRun(42)).hasMessage("no ingest run 42");
  }

  @Test
  void aTransactionCutByAClosedConnectionLeavesNoPartOfTheItem() throws SQLException {
    ArchivedPost item = Items.numbered(1);
    StoredVideo v = Items.numberedVideo(1, tempDir);

    assertThatThrownBy(() -> store.savePost(item, Optional.of(v), () -> {
      try {
        store.connection().close();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      throw new IllegalStateException("simulated crash before commit");
    })).isInstanceOf(StoreException.class).hasMessageContaining("save post tiktok:p1");

    store.close();
    store = Store.open(database.url());
    assertThat(store.stats()).isEqualTo(new StoreStats(0, 0, 0, 0));
    assertThat(store.knownVideo(v.path(), v.file().sizeBytes(), v.lastModified())).isEmpty();
  }

  @Test
  void aFailedSaveRollsBackAndTheStoreStaysUsable() {
    store.savePost(Items.numbered(0), Optional.of(Items.numberedVideo(0, tempDir)));
    StoreStats before = store.stats();

    assertThatThrownBy(() -> store.savePost(Items.numbered(1), Optional.of(Items.numberedVideo(1, tempDir)),
        () -> {
          throw new IllegalStateException("simulated failure");
        })).isInstanceOf(StoreException.class).hasMessageContaining("simulated failure");

    assertThat(store.stats()).isEqualTo(before);
    assertThat(store.followerHistory(new ChannelKey("tiktok", "ch1"))).isEmpty();
    store.savePost(Items.numbered(1), Optional.of(Items.numberedVideo(1, tempDir)));
    assertThat(store.stats()).isEqualTo(new StoreStats(2, 2, 2, 0));
  }

  @Test
  void reopeningKeepsTheDataAndTheSchema() {
    store.savePost(Items.numbered(3), Optional.of(Items.numberedVideo(3, tempDir)));
    store.close();

    store = Store.open(database.url());

    assertThat(store.stats()).isEqualTo(new StoreStats(1, 1, 1, 0));
    assertThat(store.post(key("p3"))).contains(Items.numbered(3).post());
  }

  @Test
  void storesOpenedWhileAnIngestWritesReadItsCommittedItems() throws Exception {
    int count = 200;
    AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try {
        long run = store.startIngestRun("/archive");
        for (int i = 0; i < count; i++) {
          store.savePost(Items.numbered(i), Optional.of(Items.numberedVideo(i, tempDir)));
        }
        store.finishIngestRun(run);
      } catch (Throwable t) {
        writerFailure.set(t);
      }
    });
    List<Long> seen = new ArrayList<>();
    writer.start();
    while (writer.isAlive()) {
      try (Store reader = Store.open(database.url())) {  // as the `stats` command does
        seen.add(reader.stats().posts());
        seen.add(reader.stats().posts());
      }
    }
    writer.join();

    assertThat(writerFailure.get()).isNull();
    assertThat(seen).isSorted();
    assertThat(store.stats().posts()).isEqualTo(count);
  }

  @Test
  void aStoreOpensAndCountsWhileAnotherHoldsAWriteTransactionOpen() throws Exception {
    store.savePost(Items.numbered(0), Optional.empty());
    CountDownLatch readerDone = new CountDownLatch(1);
    CountDownLatch writing = new CountDownLatch(1);
    AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try {
        store.savePost(Items.numbered(1), Optional.empty(), () -> {
          writing.countDown();
          awaitQuietly(readerDone);
        });
      } catch (Throwable t) {
        writerFailure.set(t);
      }
    });
    writer.start();
    writing.await();

    StoreStats seen;
    try (Store reader = Store.open(database.url())) {
      seen = reader.stats();
    } finally {
      readerDone.countDown();
    }
    writer.join();

    assertThat(writerFailure.get()).isNull();
    assertThat(seen.posts()).as("the reader sees only committed items").isEqualTo(1);
    assertThat(store.stats().posts()).isEqualTo(2);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      // A deadlock guard only: the reader counts down long before this.
      latch.await(2, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void anIngestKilledMidRunAndRunAgainEndsWithTheCountsOfACleanRun() throws Exception {
    int count = 300;
    Path videos = tempDir.resolve("videos");
    store.close();
    store = null;

    int exit = killIngestAfter(database.url(), count, videos, "saved 50");

    assertThat(exit).as("the ingest was killed, not finished").isNotZero();
    try (Store crashed = Store.open(database.url())) {
      long posts = crashed.stats().posts();
      assertThat(posts).isBetween(50L, count - 1L);
      for (int i = 0; i < count; i++) {
        if (crashed.post(key("p" + i)).isPresent()) {
          assertThat(crashed.mediaOf(key("p" + i))).as("media of stored post p%d", i).hasSize(1);
          assertThat(crashed.engagementHistory(key("p" + i))).as("counts of p%d", i).hasSize(1);
        }
      }
    }
    NumberedIngest.run(database.url(), count, videos, saved -> { });

    store = Store.open(database.url());
    assertThat(store.stats()).as("the counts of a clean run").isEqualTo(new StoreStats(100, count, 270, 1));
    for (int i = 0; i < count; i += 7) {
      ArchivedPost item = Items.numbered(i);
      assertThat(store.post(key("p" + i))).contains(item.post());
      assertThat(store.engagementHistory(key("p" + i)))
          .containsExactly(new EngagementSnapshot(key("p" + i), item.observedAt(), item.engagement()));
      assertThat(store.mediaOf(key("p" + i))).extracting(PostMedia::file)
          .containsExactly(Items.numberedVideo(i, videos).file());
    }
  }

  /**
   * Runs {@link NumberedIngest} in a child JVM, kills it with SIGKILL as soon as it prints
   * {@code line}, and returns its exit code.
   */
  private static int killIngestAfter(String url, int count, Path videos, String line) throws Exception {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(java, "-cp", classpath, NumberedIngest.class.getName(), url,
        String.valueOf(count), videos.toString()).redirectErrorStream(true).start();
    List<String> output = new ArrayList<>();
    try (BufferedReader out = child.inputReader()) {
      for (String l = out.readLine(); l != null && !l.equals(line); l = out.readLine()) {
        output.add(l);
      }
      child.destroyForcibly();
    }
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(output).as("output of the ingest before '%s'", line).allMatch(l -> l.startsWith("saved "));
    return child.exitValue();
  }

  private void saveAll(List<ArchivedPost> items) {
    for (int i = 0; i < items.size(); i++) {
      store.savePost(items.get(i), Optional.of(Items.numberedVideo(i, tempDir)));
    }
  }

  private static ItemError error(String file, int line) {
    return new ItemError(new SourceLocation(Path.of(file), line), "not valid JSON");
  }
}
