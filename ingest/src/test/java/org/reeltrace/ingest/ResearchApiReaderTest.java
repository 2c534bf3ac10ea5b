package org.reeltrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.core.ArchiveFormat;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.Music;
import org.reeltrace.core.PostKey;

class ResearchApiReaderTest {
  @TempDir Path dir;

  @Test
  void mapsVideoFieldsOfADataVideosResponse() throws Exception {
    Path file = Fixtures.archive("research/videos-2023-12.json");
    CollectingSink sink = CollectingSink.read(file);

    assertThat(sink.posts).hasSize(2);
    ArchivedPost item = sink.posts.get(0);
    assertThat(item.format()).isEqualTo(ArchiveFormat.TIKTOK_RESEARCH_API);
    assertThat(item.channel().key()).isEqualTo(new ChannelKey("tiktok", "hana.daily"));
    assertThat(item.channel().handle()).isEqualTo("Hana.Daily");
    assertThat(item.post().key()).isEqualTo(new PostKey("tiktok", "7311234567890123456"));
    assertThat(item.post().postedAt()).isEqualTo(Instant.ofEpochSecond(1702300000));
    assertThat(item.post().caption()).isEqualTo("Morning walk by the river #riverwalk #daily");
    assertThat(item.post().music()).isEqualTo(new Music("7300000000000000011", null, null, null));
    assertThat(item.post().hashtags()).containsExactly("riverwalk", "daily");
    assertThat(item.post().transcript()).isEqualTo("good morning everyone");
    assertThat(item.post().regionCode()).isEqualTo("KR");
    assertThat(item.post().durationSeconds()).isEqualTo(7.0);
    assertThat(item.engagement()).isEqualTo(new Engagement(15800L, 1250L, 90L, 18L));
    assertThat(item.video()).isEmpty();
    assertThat(item.observedAt()).isEqualTo(Files.getLastModifiedTime(file).toInstant());
    assertThat(item.source().toString()).isEqualTo(file + ":7");
  }

  @Test
  void idsBeyondLongStayExactAndNumericStringsAreAccepted() {
    ArchivedPost item = CollectingSink.read(Fixtures.archive("research/videos-2023-12.json")).posts.get(1);

    assertThat(item.post().key().postId()).isEqualTo("9311234567890123456");
    assertThat(item.post().postedAt()).isEqualTo(Instant.ofEpochSecond(1702500000));
    assertThat(item.engagement().views()).isEqualTo(4200L);
  }

  @Test
  void eachBadVideoIsOneErrorAtTheLineWhereItStarts() {
    Path file = Fixtures.archive("research/videos-2023-12.json");

    assertThat(CollectingSink.read(file).messages()).containsExactly(
        file + ":31: field \"view_count\" must be a whole number >= 0, was \"lots\"",
        file + ":37: missing channel (\"username\")",
        file + ":42: field \"like_count\" must be a whole number >= 0, was {\"total\":5}",
        file + ":47: field \"create_time\" must be a Unix time, was \"last tuesday\"");
  }

  @Test
  void acceptsTopLevelArrayAndVideosObject() {
    CollectingSink array = CollectingSink.read(Fixtures.archive("research/bare-array.json"));
    Path videos = Fixtures.write(dir, "v.json",
        "{\"videos\": [\n {\"id\": 1, \"username\": \"a\"},\n \"oops\"\n]}");
    CollectingSink object = CollectingSink.read(videos);

    assertThat(array.errors).isEmpty();
    assertThat(array.posts).extracting(p -> p.source().line()).containsExactly(2, 4);
    assertThat(array.posts.get(0).post().hashtags()).as("from the description").containsExactly("travel");
    assertThat(object.posts).extracting(p -> p.post().key().postId()).containsExactly("1");
    assertThat(object.messages()).containsExactly(videos + ":3: video must be a JSON object, was \"oops\"");
  }

  @Test
  void apiErrorResponseIsOneError() {
    Path file = Fixtures.archive("research/quota-error.json");

    assertThat(CollectingSink.read(file).messages()).containsExactly(
        file + ":1: TikTok Research API error daily_quota_limit_exceeded: Daily request limit exceeded");
  }

  @Test
  void malformedResponseIsOneErrorForTheFile() {
    Path file = Fixtures.write(dir, "cut.json", "{\"data\": {\"videos\": [\n  {\"id\": 1,\n");

    CollectingSink sink = CollectingSink.read(file);
    assertThat(sink.posts).isEmpty();
    assertThat(sink.messages()).hasSize(1);
    assertThat(sink.messages()).containsExactly(
        file + ":3: malformed JSON: Unexpected end-of-input within/between Object entries");
  }

  @Test
  void responsesSavedOnePerLineAreRead() {
    Path file = Fixtures.write(dir, "pages.jsonl",
        "{\"data\": {\"videos\": [{\"id\": 1, \"username\": \"a\"}, {\"id\": 2, \"username\": \"a\"}]}}\n"
            + "{\"data\": {\"videos\": [{\"id\": 3}]}}\n");

    CollectingSink sink = CollectingSink.read(file);
    assertThat(sink.posts).extracting(p -> p.post().key().postId()).containsExactly("1", "2");
    assertThat(sink.posts).allSatisfy(p -> assertThat(p.format()).isEqualTo(ArchiveFormat.TIKTOK_RESEARCH_API));
    assertThat(sink.messages()).containsExactly(file + ":2: missing channel (\"username\")");
  }
}
