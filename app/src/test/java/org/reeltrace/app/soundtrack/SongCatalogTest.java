package org.reeltrace.app.soundtrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.media.UnreadableMediaException;

/** The catalog file round trip and its one-line errors, on a real track (hyperrogue-music). */
class SongCatalogTest {
  private static final Path TRACK = Path.of("/usr/share/hyperrogue/music/hr3-crossroads.ogg");
  @TempDir Path dir;

  private Path catalogWithOneSong() throws IOException, UnreadableMediaException {
    if (!Files.exists(TRACK)) {
      throw new AssertionError(TRACK + " not found: install the Debian package hyperrogue-music");
    }
    Path file = dir.resolve("songs.bin");
    SongCatalog c = SongCatalog.open(file);
    assertThat(c.songs()).isEmpty();
    assertThat(c.add(TRACK, SongTags.of("Crossroads", "Hr", "PL", "Temple", "2020")).added())
        .isTrue();
    c.save();
    return file;
  }

  @Test
  void readsBackWhatItSaved() throws Exception {
    Path file = catalogWithOneSong();
    SongCatalog c = SongCatalog.open(file);
    assertThat(c.songs()).hasSize(1);
    Song s = c.songs().get(0);
    assertThat(s.title()).isEqualTo("Crossroads");
    assertThat(s.origin()).isEqualTo("PL");
    assertThat(s.tags().label()).hasValue("Temple");
    assertThat(s.fileName()).isEqualTo("hr3-crossroads.ogg");
    assertThat(s.durationSeconds()).isBetween(47.0, 49.0);
    assertThat(s.sha256()).isEqualTo(SongCatalog.sha256(TRACK));
    assertThat(c.song(s.sha256())).hasValue(s);
    assertThat(c.add(TRACK, SongTags.of("Again", "X", "US", null, null)).added()).isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void namesATruncatedCatalog() throws Exception {
    Path file = catalogWithOneSong();
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    assertThatThrownBy(() -> SongCatalog.open(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": truncated audio landmark index");
    Files.write(file, Arrays.copyOf(bytes, 30));
    assertThatThrownBy(() -> SongCatalog.open(file)).hasMessage(file + ": truncated song catalog");
  }

  @Test
  void namesAForeignFile() throws IOException {
    Path file = Files.writeString(dir.resolve("notes.bin"), "just some notes, not songs");
    assertThatThrownBy(() -> SongCatalog.open(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": not a ReelTrace song catalog (bad magic)");
  }
}
