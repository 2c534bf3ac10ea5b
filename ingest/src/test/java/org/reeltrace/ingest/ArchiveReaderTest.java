package org.reeltrace.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.PostKey;

class ArchiveReaderTest {
  private final ArchiveReader reader = new ArchiveReader();

  @TempDir Path dir;

  @Test
  void findsMetadataFilesSortedAndIgnoresOthers() throws IOException {
    List<Path> files = reader.findArchiveFiles(Fixtures.ARCHIVE);

    assertThat(files).isSorted();
    assertThat(files).extracting(p -> Fixtures.ARCHIVE.relativize(p).toString().replace('\\', '/'))
        .containsExactly(
            "csv/manifest.csv",
            "csv/not-a-manifest.csv",
            "research/bare-array.json",
            "research/quota-error.json",
            "research/videos-2023-12.json",
            "unknown/malformed.json",
            "unknown/other.ndjson",
            "unknown/settings.json",
            "ytdlp/Hana Daily [MS4wLjABAAAAexampleSecUid1].info.json",
            "ytdlp/Shorts - dQw4w9WgXcQ.info.json",
            "ytdlp/douyin 7299999999999999999.info.json",
            "ytdlp/hana.daily - 7311234567890123456.info.json",
            "zeeschuimer/tiktok-2023-12.ndjson");
  }

  @Test
  void hiddenFilesAndFoldersAreNotListed() throws IOException {
    Fixtures.write(dir, "a/b.json", "{}");
    Fixtures.write(dir, "a/._b.json", "binary");
    Fixtures.write(dir, ".git/config.json", "{}");
    Path single = Fixtures.write(dir, "one.csv", "platform,post_id,channel\n");

    assertThat(reader.findArchiveFiles(dir)).containsExactly(dir.resolve("a/b.json"), single);
    assertThat(reader.findArchiveFiles(single)).containsExactly(single);
  }

  @Test
  void missingRootIsAnIoError() {
    assertThatThrownBy(() -> reader.findArchiveFiles(dir.resolve("nope"))).isInstanceOf(IOException.class);
  }

  @Test
  void nonArchiveFilesAreSkippedSilently() {
    for (String name : List.of("unknown/notes.txt", "unknown/clip.mp4", "ytdlp/README.txt")) {
      CollectingSink sink = CollectingSink.read(Fixtures.archive(name));
      assertThat(sink.posts).isEmpty();
      assertThat(sink.errors).isEmpty();
    }
  }

  @Test
  void unknownAndMalformedJsonAreOneErrorEach() {
    Path settings = Fixtures.archive("unknown/settings.json");
    Path malformed = Fixtures.archive("unknown/malformed.json");
    Path empty = Fixtures.write(dir, "empty.json", "  \n");

    assertThat(CollectingSink.read(settings).messages()).containsExactly(
        settings + ": unknown format: not a yt-dlp info.json, TikTok Research API response"
            + " or 4CAT/Zeeschuimer TikTok export");
    assertThat(CollectingSink.read(malformed).messages()).containsExactly(
        malformed + ":5: malformed JSON: Unexpected character ('\"' (code 34)):"
            + " was expecting comma to separate Object entries");
    assertThat(CollectingSink.read(empty).messages()).containsExactly(empty + ":1: malformed JSON: no content");
  }

  @Test
  void malformedJsonNamesWhereTheBrokenValueStarted() {
    Path file = Fixtures.write(dir, "open.info.json", "{\"id\": \"1\",\n \"tags\": [1, 2}\n");

    assertThat(CollectingSink.read(file).messages()).containsExactly(
        file + ":2: malformed JSON: Unexpected close marker '}': expected ']'"
            + " (for Array starting at line 2, column 10)");
  }

  @Test
  void unreadableFileIsOneError() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("looks-like.json"));

    CollectingSink sink = CollectingSink.read(folder);
    assertThat(sink.messages()).hasSize(1);
    assertThat(sink.messages().get(0)).startsWith(folder + ": cannot read file: ");
  }

  @Test
  void theSamePostReadFromEveryFormatHasTheSameKeys() throws IOException {
    CollectingSink sink = new CollectingSink();
    for (Path f : reader.findArchiveFiles(Fixtures.ARCHIVE)) {
      reader.readFile(f, sink);
    }
    Map<PostKey, Set<Object>> channelsByPost = sink.posts.stream().collect(Collectors.groupingBy(
        p -> p.post().key(), Collectors.mapping(p -> (Object) p.channel().key(), Collectors.toSet())));
    Map<PostKey, Set<Object>> formatsByPost = sink.posts.stream().collect(Collectors.groupingBy(
        p -> p.post().key(), Collectors.mapping(ArchivedPost::format, Collectors.toSet())));

    PostKey hana = new PostKey("tiktok", "7311234567890123456");
    assertThat(formatsByPost.get(hana)).hasSize(4);
    assertThat(channelsByPost.get(hana)).hasSize(1);
    PostKey douyin = new PostKey("douyin", "7299999999999999999");
    assertThat(formatsByPost.get(douyin)).hasSize(2);
    assertThat(channelsByPost.get(douyin)).hasSize(1);
  }
}
