package org.reeltrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.core.ArchiveFormat;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.Music;
import org.reeltrace.core.PostKey;

class InfoJsonReaderTest {
  @TempDir Path dir;

  @Test
  void mapsTikTokFieldsAndPairsTheVideoBesideIt() {
    Path info = Fixtures.archive("ytdlp/hana.daily - 7311234567890123456.info.json");
    CollectingSink sink = CollectingSink.read(info);

    assertThat(sink.errors).isEmpty();
    ArchivedPost item = sink.posts.get(0);
    assertThat(sink.posts).hasSize(1);
    assertThat(item.format()).isEqualTo(ArchiveFormat.YT_DLP_INFO_JSON);
    assertThat(item.channel()).isEqualTo(new Channel(
        new ChannelKey("tiktok", "hana.daily"), "hana.daily", "Hana Daily", "6800000000000000001"));
    assertThat(item.followerCount()).isEqualTo(52000L);
    assertThat(item.post().key()).isEqualTo(new PostKey("tiktok", "7311234567890123456"));
    assertThat(item.post().postedAt()).isEqualTo(Instant.ofEpochSecond(1702300000));
    assertThat(item.post().title()).isEqualTo("Morning walk by the river #riverwalk #daily");
    assertThat(item.post().caption()).isEqualTo("Morning walk by the river #riverwalk #daily");
    assertThat(item.post().durationSeconds()).isEqualTo(7.0);
    assertThat(item.post().url()).isEqualTo("https://www.tiktok.com/@hana.daily/video/7311234567890123456");
    assertThat(item.post().music()).isEqualTo(new Music(null, "original sound - hana.daily", "Hana Daily", null));
    assertThat(item.post().hashtags()).containsExactly("riverwalk", "daily");
    assertThat(item.engagement()).isEqualTo(new Engagement(15400L, 1203L, 88L, 17L));
    assertThat(item.observedAt()).isEqualTo(Instant.ofEpochSecond(1702400000));
    assertThat(item.video()).contains(info.resolveSibling("hana.daily - 7311234567890123456.mp4"));
    assertThat(item.source().toString()).isEqualTo(info + ":1");
  }

  @Test
  void youtubeWithoutDownloadIsMetadataOnlyKeyedByChannelId() {
    CollectingSink sink = CollectingSink.read(Fixtures.archive("ytdlp/Shorts - dQw4w9WgXcQ.info.json"));

    assertThat(sink.errors).isEmpty();
    ArchivedPost item = sink.posts.get(0);
    assertThat(item.video()).isEmpty();
    assertThat(item.channel()).isEqualTo(new Channel(
        new ChannelKey("youtube", "UCabcdefghijklmnopqrstuv"), "clipcorner", "Clip Corner", null));
    assertThat(item.post().postedAt()).isEqualTo(Instant.parse("2023-12-15T00:00:00Z"));
    assertThat(item.post().hashtags()).as("no #words in the text: the tags field").containsExactly("river", "walk");
  }

  @Test
  void douyinWithoutHandleFallsBackToUploaderIdAndPairsTheNamedFile() {
    Path info = Fixtures.archive("ytdlp/douyin 7299999999999999999.info.json");
    CollectingSink sink = CollectingSink.read(info);

    ArchivedPost item = sink.posts.get(0);
    assertThat(item.channel().key()).isEqualTo(new ChannelKey("douyin", "98765432101"));
    assertThat(item.post().durationSeconds()).isEqualTo(6.5);
    assertThat(item.engagement().views()).as("numeric string").isEqualTo(2000L);
    assertThat(item.post().hashtags()).containsExactly("散步", "日常");
    assertThat(item.video()).contains(info.resolveSibling("renamed-by-user.mov"));
  }

  @Test
  void playlistDocumentsAreSkippedSilently() {
    CollectingSink sink = CollectingSink.read(
        Fixtures.archive("ytdlp/Hana Daily [MS4wLjABAAAAexampleSecUid1].info.json"));

    assertThat(sink.posts).isEmpty();
    assertThat(sink.errors).isEmpty();
  }

  @Test
  void extractorFallbackAndTabKeyMapToThePlatform() throws Exception {
    Path a = Fixtures.write(dir, "a.info.json",
        "{\"id\":\"x1\",\"extractor\":\"youtube:tab\",\"channel_id\":\"UC1\",\"webpage_url\":\"u\"}");
    Path b = Fixtures.write(dir, "b.info.json",
        "{\"id\":\"x2\",\"extractor_key\":\"TikTokVM\",\"uploader\":\"@Some.One\"}");
    Files.setLastModifiedTime(a, FileTime.from(Instant.parse("2024-02-03T04:05:06Z")));

    ArchivedPost first = CollectingSink.read(a).posts.get(0);
    assertThat(first.post().key()).isEqualTo(new PostKey("youtube", "x1"));
    assertThat(first.observedAt()).as("no epoch: file time").isEqualTo(Instant.parse("2024-02-03T04:05:06Z"));
    assertThat(CollectingSink.read(b).posts.get(0).channel().key()).isEqualTo(new ChannelKey("tiktok", "some.one"));
  }

  @Test
  void videoByExtFieldAndCommonContainers() {
    Fixtures.write(dir, "clip.webm", "fake");
    Path info = Fixtures.write(dir, "clip.info.json",
        "{\"id\":\"1\",\"extractor_key\":\"TikTok\",\"uploader\":\"a\",\"ext\":\"mp4\"}");

    assertThat(CollectingSink.read(info).posts.get(0).video()).isEqualTo(Optional.of(dir.resolve("clip.webm")));
  }

  @Test
  void nineteenDigitNumericIdStaysExact() {
    Path info = Fixtures.write(dir, "n.info.json",
        "{\"id\":7311234567890123456,\"extractor_key\":\"TikTok\",\"uploader\":\"a\",\"uploader_id\":6800000000000000001}");

    ArchivedPost item = CollectingSink.read(info).posts.get(0);
    assertThat(item.post().key().postId()).isEqualTo("7311234567890123456");
    assertThat(item.channel().numericId()).isEqualTo("6800000000000000001");
  }

  @Test
  void badItemsGiveOneLineErrorsNamingFileAndLine() {
    Path noId = Fixtures.write(dir, "noid.info.json", "\n{\"extractor_key\":\"TikTok\",\"uploader\":\"a\"}");
    Path noChannel = Fixtures.write(dir, "nochan.info.json", "{\"id\":\"1\",\"extractor_key\":\"TikTok\"}");
    Path badCount = Fixtures.write(dir, "count.info.json",
        "{\"id\":\"1\",\"extractor_key\":\"TikTok\",\"uploader\":\"a\",\"view_count\":\"lots\"}");
    Path objectCount = Fixtures.write(dir, "obj.info.json",
        "{\"id\":\"1\",\"extractor_key\":\"TikTok\",\"uploader\":\"a\",\"like_count\":{\"n\":1}}");
    Path badDate = Fixtures.write(dir, "date.info.json",
        "{\"id\":\"1\",\"extractor_key\":\"Youtube\",\"channel_id\":\"UC1\",\"upload_date\":\"20231345\"}");
    Path negative = Fixtures.write(dir, "neg.info.json",
        "{\"id\":\"1\",\"extractor_key\":\"TikTok\",\"uploader\":\"a\",\"comment_count\":-3}");

    assertThat(CollectingSink.read(noId).messages()).containsExactly(
        noId + ":2: missing post id (\"id\" or \"display_id\")");
    assertThat(CollectingSink.read(noChannel).messages()).containsExactly(
        noChannel + ":1: missing channel (\"uploader\" or \"uploader_id\" or \"channel_id\")");
    assertThat(CollectingSink.read(badCount).messages()).containsExactly(
        badCount + ":1: field \"view_count\" must be a whole number >= 0, was \"lots\"");
    assertThat(CollectingSink.read(objectCount).messages()).containsExactly(
        objectCount + ":1: field \"like_count\" must be a whole number >= 0, was {\"n\":1}");
    assertThat(CollectingSink.read(badDate).messages()).containsExactly(
        badDate + ":1: field \"upload_date\" must be a date YYYYMMDD, was \"20231345\"");
    assertThat(CollectingSink.read(negative).messages()).containsExactly(
        negative + ":1: field \"comment_count\" must be a whole number >= 0, was -3");
    List.of(noId, noChannel, badCount, objectCount, badDate, negative)
        .forEach(f -> assertThat(CollectingSink.read(f).posts).isEmpty());
  }
}
