package org.reeltrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.core.ArchiveFormat;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.Music;
import org.reeltrace.core.PostKey;

class ZeeschuimerReaderTest {
  private static final Path FILE = Fixtures.archive("zeeschuimer/tiktok-2023-12.ndjson");

  @TempDir Path dir;

  @Test
  void mapsAWrappedTikTokItem() {
    ArchivedPost item = CollectingSink.read(FILE).posts.get(0);

    assertThat(item.format()).isEqualTo(ArchiveFormat.ZEESCHUIMER_NDJSON);
    assertThat(item.channel()).isEqualTo(new Channel(
        new ChannelKey("tiktok", "hana.daily"), "hana.daily", "Hana Daily", "6800000000000000001",
        "walks and coffee"));
    assertThat(item.followerCount()).isEqualTo(52100L);
    assertThat(item.post().key()).isEqualTo(new PostKey("tiktok", "7311234567890123456"));
    assertThat(item.post().postedAt()).as("numeric string").isEqualTo(Instant.ofEpochSecond(1702300000));
    assertThat(item.post().caption()).isEqualTo("Morning walk by the river #riverwalk #daily");
    assertThat(item.post().durationSeconds()).isEqualTo(7.0);
    assertThat(item.post().music()).isEqualTo(
        new Music("7300000000000000011", "original sound - hana.daily", "Hana Daily", null));
    assertThat(item.post().hashtags()).as("challenges first").containsExactly("riverwalk", "daily");
    assertThat(item.post().regionCode()).isEqualTo("KR");
    assertThat(item.engagement()).isEqualTo(new Engagement(15500L, 1210L, 89L, 17L));
    assertThat(item.observedAt()).isEqualTo(Instant.ofEpochMilli(1702450000123L));
    assertThat(item.video()).isEmpty();
    assertThat(item.source().toString()).isEqualTo(FILE + ":1");
  }

  @Test
  void mapsABareOldShapeItemWithStringAuthorAndStatsV2() {
    ArchivedPost item = CollectingSink.read(FILE).posts.get(1);

    assertThat(item.source().line()).as("blank line 2 skipped, still counted").isEqualTo(3);
    assertThat(item.channel()).isEqualTo(new Channel(
        new ChannelKey("tiktok", "reup.clips"), "Reup.Clips", "Reup Clips", "6900000000000000002"));
    assertThat(item.post().key().postId()).as("19-digit JSON number").isEqualTo("7311234567890000020");
    assertThat(item.engagement()).isEqualTo(new Engagement(1200L, 30L, 2L, 1L));
    assertThat(item.post().hashtags()).containsExactly("fyp");
  }

  @Test
  void readsDouyinLinesAsDouyin() {
    ArchivedPost item = CollectingSink.read(FILE).posts.get(2);

    assertThat(item.channel()).isEqualTo(new Channel(
        new ChannelKey("douyin", "98765432101"), null, "江边小店", "98765432101"));
    assertThat(item.followerCount()).isEqualTo(3000L);
    assertThat(item.post().key()).isEqualTo(new PostKey("douyin", "7299999999999999999"));
    assertThat(item.post().durationSeconds()).as("ms to s").isEqualTo(6.5);
    assertThat(item.post().music()).isEqualTo(new Music("7200000000000000001", "@江边小店创作的原声", "江边小店", null));
    assertThat(item.post().hashtags()).containsExactly("散步", "日常");
    assertThat(item.engagement()).isEqualTo(new Engagement(2100L, 150L, 12L, 3L));
  }

  @Test
  void eachBadLineIsOneErrorAndTheOthersComeThrough() {
    CollectingSink sink = CollectingSink.read(FILE);

    assertThat(sink.posts).extracting(p -> p.source().line()).containsExactly(1, 3, 7);
    assertThat(sink.messages()).containsExactly(
        FILE + ":4: malformed JSON: Unexpected end-of-input in VALUE_STRING",
        FILE + ":5: field \"data.createTime\" must be a Unix time, was \"yesterday\"",
        FILE + ":6: missing channel (\"data.author.uniqueId\")");
  }

  @Test
  void unrecognisedLinesAmongItemsAreErrorsButAFileOfNoneIsOneUnknownFormatError() {
    Path mixed = Fixtures.write(dir, "mixed.jsonl",
        "{\"id\":\"1\",\"desc\":\"x\",\"author\":{\"uniqueId\":\"a\"}}\r\n{\"tweet\":1}\r\n[1]\r\n");
    Path other = Fixtures.archive("unknown/other.ndjson");

    CollectingSink sink = CollectingSink.read(mixed);
    assertThat(sink.posts).hasSize(1);
    assertThat(sink.messages()).containsExactly(
        mixed + ":3: line must be a JSON object, was [1]",
        mixed + ":2: not a TikTok or Douyin item (no \"id\", \"aweme_id\" or \"data\" field)");
    assertThat(CollectingSink.read(other).messages()).containsExactly(other + ": " + JsonArchive.UNKNOWN_FORMAT);
  }

  @Test
  void otherZeeschuimerPlatformsAreBadItems() {
    Path file = Fixtures.write(dir, "insta.ndjson",
        "{\"id\":\"1\",\"desc\":\"x\",\"author\":{\"uniqueId\":\"a\"}}\n"
            + "{\"item_id\":\"2\",\"source_platform\":\"instagram.com\",\"data\":{\"id\":\"2\"}}\n");

    assertThat(CollectingSink.read(file).messages()).containsExactly(
        file + ":2: not a TikTok or Douyin item (source_platform \"instagram.com\")");
  }

  @Test
  void ndjsonSavedAsJsonAndSingleItemsAreRead() {
    Path lines = Fixtures.write(dir, "export.json",
        "{\"id\":\"1\",\"desc\":\"a\",\"author\":{\"uniqueId\":\"a\"}}\n{\"id\":\"2\",\"desc\":\"b\",\"author\":\"b\"}\n");
    Path single = Fixtures.write(dir, "one.json", "{\"id\":\"3\",\"createTime\":1,\"author\":{\"uniqueId\":\"c\"}}");

    assertThat(CollectingSink.read(lines).posts).extracting(p -> p.post().key().postId()).containsExactly("1", "2");
    assertThat(CollectingSink.read(single).posts).extracting(p -> p.post().key().postId()).containsExactly("3");
  }

  @Test
  void readsFourCatMappedItems() {
    Path file = Fixtures.write(dir, "4cat.ndjson",
        "{\"id\": \"7311234567890000040\", \"thread_id\": \"7311234567890000040\", \"author\": \"Reup.Clips\","
            + " \"author_full\": \"Reup Clips\", \"author_id\": \"6900000000000000002\", \"author_followers\": 800,"
            + " \"body\": \"again #fyp\", \"timestamp\": 1702350000, \"music_name\": \"original sound\","
            + " \"music_id\": \"77\", \"likes\": 3, \"comments\": 1, \"shares\": 0, \"plays\": 90,"
            + " \"hashtags\": \"fyp,again\"}\n");

    CollectingSink sink = CollectingSink.read(file);
    assertThat(sink.errors).isEmpty();
    ArchivedPost item = sink.posts.get(0);
    assertThat(item.channel()).isEqualTo(new Channel(
        new ChannelKey("tiktok", "reup.clips"), "Reup.Clips", "Reup Clips", "6900000000000000002"));
    assertThat(item.followerCount()).isEqualTo(800L);
    assertThat(item.post().caption()).isEqualTo("again #fyp");
    assertThat(item.post().postedAt()).isEqualTo(Instant.ofEpochSecond(1702350000));
    assertThat(item.post().music()).isEqualTo(new Music("77", "original sound", null, null));
    assertThat(item.post().hashtags()).containsExactly("fyp", "again");
    assertThat(item.engagement()).isEqualTo(new Engagement(90L, 3L, 1L, 0L));
  }

  @Test
  void epochOutOfRangeIsABadItem() {
    Path file = Fixtures.write(dir, "far.ndjson",
        "{\"id\":\"1\",\"createTime\":1e300,\"author\":{\"uniqueId\":\"a\"}}\n");

    assertThat(CollectingSink.read(file).messages()).containsExactly(
        file + ":1: field \"createTime\" must be a Unix time, was 1E+300");
  }

  @Test
  void jsonArraysOfItemsAreReadWithElementLines() {
    Path file = Fixtures.write(dir, "items.json",
        "[\n {\"id\":\"1\",\"desc\":\"a\",\"author\":{\"uniqueId\":\"a\"}},\n"
            + " {\"item_id\":\"2\",\"data\":{\"id\":\"2\",\"desc\":\"b\"}}\n]");

    CollectingSink sink = CollectingSink.read(file);
    assertThat(sink.posts).extracting(p -> p.source().line()).containsExactly(2);
    assertThat(sink.messages()).containsExactly(file + ":3: missing channel (\"data.author\")");
  }
}
