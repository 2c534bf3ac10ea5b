package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.analysis.AttributedSignal;
import org.reeltrace.core.Channel;
import org.reeltrace.core.PostKey;
import org.reeltrace.core.Signal;
import org.reeltrace.store.Store;

/** The signal stage on a real ingested archive and SQLite store, and the {@code signals} command reading it. */
class SignalStageTest {
  @TempDir Path dir;
  private String db;

  /** Flags "#dprk" captions; cannot read post ...02; flags channel names ending in "_tourist". */
  static final class CaptionFinder implements SignalFinder {
    final List<String> looked = new ArrayList<>();

    @Override
    public String producer() {
      return "caption-test-v1";
    }

    @Override
    public List<Signal> findInPost(PostContext post) throws SignalFailure {
      looked.add(post.post().key().toString());
      if (post.post().key().postId().endsWith("02")) {
        throw new SignalFailure("cannot read the caption", null);
      }
      return post.post().caption().contains("#dprk")
          ? List.of(new Signal(Signal.Kind.TERMINOLOGY, "dprk-official-usage", "#dprk", "caption", 0.3, "test"))
          : List.of();
    }

    @Override
    public List<Signal> findInChannel(Channel channel) {
      looked.add(channel.key().toString());
      return channel.key().channelId().endsWith("_tourist")
          ? List.of(new Signal(Signal.Kind.SELF_DISCLOSURE, "outsider", channel.handle(), "channel-name", 0.5, null))
          : List.of();
    }
  }

  @BeforeEach
  void ingest() {
    ArchiveBuilder a = new ArchiveBuilder(dir.resolve("archive"));
    a.append("4cat/tiktok.ndjson", ArchiveBuilder.zeeschuimerLine("7300000000000000001", "bus_tourist", 40, 1700000000000L))
        .append("4cat/tiktok.ndjson", ArchiveBuilder.zeeschuimerLine("7300000000000000002", "bus_tourist", 41, 1700000000000L))
        .append("4cat/tiktok.ndjson", ArchiveBuilder.zeeschuimerLine("7300000000000000003", "other.cam", 41, 1700000000000L));
    db = "jdbc:sqlite:" + dir.resolve("reeltrace.db");
    assertThat(CommandRun.of("ingest", a.root().toString(), "--db", db).exitCode()).isZero();
  }

  @Test
  void findsStoresAndResumesWithoutLookingTwice() {
    StringWriter err = new StringWriter();
    CaptionFinder finder = new CaptionFinder();
    try (Store store = Store.open(db)) {
      SignalStage.Result first = new SignalStage(store, new PrintWriter(err), Progress.silent(), List.of(finder)).run();
      assertThat(first).isEqualTo(new SignalStage.Result(5, 3, 1));
      assertThat(err.toString().strip()).isEqualTo("tiktok:7300000000000000002: caption-test-v1: cannot read the caption");

      CaptionFinder again = new CaptionFinder();
      SignalStage.Result second = new SignalStage(store, new PrintWriter(err), Progress.silent(), List.of(again)).run();
      assertThat(second).isEqualTo(new SignalStage.Result(0, 0, 0));
      assertThat(again.looked).isEmpty();

      List<AttributedSignal> stored = SignalStage.stored(store);
      assertThat(stored).hasSize(3);
      assertThat(stored).filteredOn(s -> !s.aboutChannel())
          .extracting(s -> s.post(), s -> s.channel().channelId())
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(new PostKey("tiktok", "7300000000000000001"), "bus_tourist"),
              org.assertj.core.groups.Tuple.tuple(new PostKey("tiktok", "7300000000000000003"), "other.cam"));
    }
  }

  @Test
  void textSignalsReadCaptionsHashtagsAndChannelNames() {
    try (Store store = Store.open(db)) {
      new SignalStage(store, new PrintWriter(new StringWriter()), Progress.silent(), SignalFinders.basic()).run();
      List<AttributedSignal> stored = SignalStage.stored(store);
      assertThat(stored).anySatisfy(s -> {
        assertThat(s.post()).isEqualTo(new PostKey("tiktok", "7300000000000000001"));
        assertThat(s.producer()).isEqualTo("text-lexicon-v1");
        assertThat(s.signal().kind()).isEqualTo(Signal.Kind.TERMINOLOGY);
        assertThat(s.signal().matched()).isEqualToIgnoringCase("#dprk");
      });
    }
  }

  @Test
  void signalsCommandShowsAChannelWithItsPostsAndAPostAlone() throws Exception {
    try (Store store = Store.open(db)) {
      new SignalStage(store, new PrintWriter(new StringWriter()), Progress.silent(), List.of(new CaptionFinder())).run();
    }
    CommandRun channel = CommandRun.of("signals", "tiktok:@bus_tourist", "--json", "--db", db);
    assertThat(channel.exitCode()).as(channel.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(channel.out());
    assertThat(json.get("subject").get("type").asText()).isEqualTo("channel");
    assertThat(json.get("subject").get("posts").asInt()).isEqualTo(2);
    assertThat(json.get("signals")).hasSize(2);
    assertThat(json.get("summary").get("outsider").asInt()).isEqualTo(1);
    assertThat(json.get("signals").get(1).get("foundIn").asText()).isEqualTo("caption");

    CommandRun post = CommandRun.of("signals", "tiktok:7300000000000000003", "--db", db);
    assertThat(post.out()).contains("1 signal;", "dprk-official-usage", "\"#dprk\" in caption");

    CommandRun byHandle = CommandRun.of("signals", "@other.cam", "--json", "--db", db);
    assertThat(byHandle.exitCode()).isZero();

    CommandRun unknown = CommandRun.of("signals", "tiktok:@nobody", "--db", db);
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.errLines()).hasSize(1);
    assertThat(unknown.err()).startsWith("tiktok:@nobody: no such post or channel");
  }
}
