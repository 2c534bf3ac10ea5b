package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.app.soundtrack.SongCatalog;
import org.reeltrace.app.soundtrack.SongTags;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.MediaFile;
import org.reeltrace.core.Music;
import org.reeltrace.core.Post;
import org.reeltrace.core.PostKey;
import org.reeltrace.core.Signal;
import org.reeltrace.media.AudioReader;
import org.reeltrace.store.PostMedia;

/** The soundtrack finder on real music (Debian hyperrogue-music, origin labels are test labels). */
class SoundtrackSignalFinderTest {
  @TempDir Path dir;

  @Test
  void namesTheSongWithItsOriginAndNotesTheRenamedMusic() throws Exception {
    List<Path> tracks = TestMusic.tracks();
    SongCatalog catalog = SongCatalog.open(dir.resolve("songs.bin"));
    catalog.add(tracks.get(0), SongTags.of("Hunting", "Domina", "KR", "", ""));
    catalog.add(tracks.get(1), SongTags.of("Other", "Savino", "CN", "", ""));
    float[] song = new AudioReader(8000).read(tracks.get(0)).samples();
    Path clip = TestMusic.writeWav(dir.resolve("clip.wav"), TestMusic.excerpt(song, 8000, 30, 10, 1), 8000);

    ChannelKey channel = new ChannelKey("tiktok", "lifter");
    Post post = new Post(new PostKey("tiktok", "1"), channel, Instant.parse("2024-01-01T00:00:00Z"), null,
        "caption", 10.0, null, new Music("9", "original sound - lifter", null, null), List.of(), null, null);
    PostMedia media = new PostMedia(post.key(),
        new MediaFile("a".repeat(64), Files.size(clip), "wav", 10.0, null, null), clip);
    SoundtrackSignalFinder finder = new SoundtrackSignalFinder(catalog);

    List<Signal> found = finder.findInPost(new PostContext(post, new Channel(channel, "lifter", null, null),
        List.of(media)));

    assertThat(finder.producer()).startsWith("soundtrack-v1-");
    assertThat(found).extracting(Signal::kind)
        .containsExactly(Signal.Kind.SOUNDTRACK, Signal.Kind.MUSIC_METADATA_DISAGREEMENT);
    assertThat(found.get(0).indicates()).isEqualTo("origin:KR");
    assertThat(found.get(0).matched()).isEqualTo("Hunting — Domina");
    assertThat(found.get(0).foundIn()).startsWith("audio 0:00-0:");
    assertThat(found.get(1).matched()).contains("original sound - lifter", "Hunting");
  }
}
