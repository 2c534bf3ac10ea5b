package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.media.AudioReader;
import org.reeltrace.media.UnreadableMediaException;

/**
 * {@code reeltrace catalog} and {@code reeltrace soundtrack} on real music (three hyperrogue
 * tracks catalogued, a fourth left out).
 */
class SoundtrackCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int RATE = 8000;
  @TempDir static Path dir;
  private static Path catalog;
  private static List<Path> tracks;
  private static float[][] pcm;

  @BeforeAll
  static void buildCatalog() throws UnreadableMediaException {
    tracks = TestMusic.tracks();
    pcm = new float[4][];
    AudioReader reader = new AudioReader(RATE);
    for (int i = 0; i < 4; i++) {
      pcm[i] = reader.read(tracks.get(i)).samples();
    }
    catalog = dir.resolve("songs.bin");
    CommandRun run = CommandRun.of("catalog", "add", tracks.get(0).toString(),
        "--title", "Hunting", "--artist", "Domina", "--origin", "kr", "--label", "Roguetemple",
        "--year", "2019", "--catalog", catalog.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("added " + tracks.get(0) + ": \"Hunting\" by Domina"
        + " (KR, Roguetemple, 2019)\n");
    run = CommandRun.of("catalog", "add", tracks.get(1).toString(), tracks.get(2).toString(),
        "--title", "Other", "--artist", "Savino", "--origin", "CN", "--catalog",
        catalog.toString());
    assertThat(run.exitCode()).isZero();
  }

  private static Path clip(String name, float[] samples) throws IOException {
    return TestMusic.writeWav(dir.resolve(name), samples, RATE);
  }

  @Test
  void listsTheCatalogAsJson() throws IOException {
    CommandRun run = CommandRun.of("catalog", "list", "--json", "--catalog", catalog.toString());
    assertThat(run.exitCode()).isZero();
    JsonNode songs = JSON.readTree(run.out()).get("songs");
    assertThat(songs).hasSize(3);
    assertThat(songs.get(0).get("title").asText()).isEqualTo("Hunting");
    assertThat(songs.get(0).get("origin").asText()).isEqualTo("KR");
    assertThat(songs.get(0).get("year").asInt()).isEqualTo(2019);
    assertThat(songs.get(1).get("label").isNull()).isTrue();
    assertThat(songs.get(2).get("sha256").asText()).hasSize(64);
  }

  @Test
  void addingTheSameFileAgainKeepsOneEntry() throws IOException {
    Path copy = dir.resolve("copy-" + tracks.get(0).getFileName());
    Files.copy(tracks.get(0), copy);
    Path other = dir.resolve("again.bin");
    Files.copy(catalog, other);
    CommandRun run = CommandRun.of("catalog", "add", copy.toString(), "--title", "X",
        "--artist", "Y", "--origin", "US", "--catalog", other.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("already catalogued " + copy + ": \"Hunting\" by Domina"
        + " (KR, Roguetemple, 2019)\n");
    assertThat(CommandRun.of("catalog", "list", "--catalog", other.toString()).out())
        .endsWith("3 songs in " + other + "\n");
  }

  @Test
  void rejectsAnOriginThatIsNotACountryCode() {
    CommandRun run = CommandRun.of("catalog", "add", tracks.get(3).toString(), "--title", "X",
        "--artist", "Y", "--origin", "Korea", "--catalog", dir.resolve("never.bin").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo(
        "origin must be an ISO 3166-1 alpha-2 country code such as KR or CN, was 'KOREA'");
    assertThat(dir.resolve("never.bin")).doesNotExist();
  }

  @Test
  void identifiesATenSecondExcerptWithItsOriginAndOffset() throws IOException {
    Path clip = clip("excerpt.wav", TestMusic.excerpt(pcm[0], RATE, 40, 10, 1));
    CommandRun run = CommandRun.of("soundtrack", clip.toString(), "--json",
        "--catalog", catalog.toString());
    assertThat(run.err()).isEmpty();
    assertThat(run.exitCode()).isZero();
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("verdict").asText()).isEqualTo("match");
    JsonNode m = result.get("matches").get(0);
    assertThat(result.get("matches")).hasSize(1);
    assertThat(m.get("title").asText()).isEqualTo("Hunting");
    assertThat(m.get("origin").asText()).isEqualTo("KR");
    assertThat(m.get("speed").asDouble()).isEqualTo(1.0);
    assertThat(m.get("song").get(0).asDouble() - m.get("clip").get(0).asDouble())
        .isCloseTo(40, within(0.1));
    assertThat(m.get("clip").get(1).asDouble() - m.get("clip").get(0).asDouble())
        .isGreaterThan(8);
    assertThat(m.get("confidence").asDouble()).isGreaterThan(0.5);
  }

  @Test
  void identifiesASpedUpExcerptUnderAnotherSong() throws IOException {
    float[] fast = TestMusic.excerpt(pcm[1], RATE, 20, 10, 1.03);
    float[] talk = TestMusic.excerpt(pcm[3], RATE, 30, 10, 1);
    Path clip = clip("fast.wav", TestMusic.mix(fast, talk, 3));
    CommandRun run = CommandRun.of("soundtrack", clip.toString(), "--catalog", catalog.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("= \"Other\" by Savino (CN) at ").contains("speed 1.03");
    assertThat(run.out().lines()).hasSize(1);
  }

  @Test
  void saysNoMatchForASongNotInTheCatalog() throws IOException {
    Path clip = clip("unknown.wav", TestMusic.excerpt(pcm[3], RATE, 20, 10, 1));
    CommandRun text = CommandRun.of("soundtrack", clip.toString(), "--catalog", catalog.toString());
    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).isEqualTo("no match\n");
    CommandRun json = CommandRun.of("soundtrack", clip.toString(), "--json",
        "--catalog", catalog.toString());
    JsonNode result = JSON.readTree(json.out());
    assertThat(result.get("verdict").asText()).isEqualTo("no match");
    assertThat(result.get("matches")).isEmpty();
  }

  @Test
  void reportsAFileWithoutAudioOnOneLine() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.mp4"), "not a video");
    CommandRun run = CommandRun.of("soundtrack", text.toString(), "--catalog", catalog.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.errLines().get(0)).startsWith("reeltrace: " + text + ": not a readable audio");
  }

  @Test
  void reportsAMissingCatalog() {
    Path missing = dir.resolve("missing.bin");
    CommandRun run = CommandRun.of("soundtrack", tracks.get(0).toString(),
        "--catalog", missing.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("reeltrace: " + missing + ": no song catalog (create it with"
        + " 'reeltrace catalog add' or 'catalog import')\n");
  }

  @Test
  void importsAManifestReportingBadLinesAndGoingOn() throws IOException {
    Path music = Files.createDirectories(dir.resolve("import"));
    Files.copy(tracks.get(0), music.resolve("a.ogg"));
    Files.copy(tracks.get(3), music.resolve("d.ogg"));
    Path manifest = Files.writeString(music.resolve("songs.csv"), String.join("\n",
        "path,title,artist,origin_country,release_year,label",
        "a.ogg,\"Hunting, the\",Domina,KR,2019,",
        "d.ogg,Rlyeh,Savino,XZ,2018,Temple",
        "missing.ogg,Gone,Nobody,CN,,",
        "d.ogg,Rlyeh,Savino,cn,twenty,",
        "d.ogg,Rlyeh,Savino,CN,2018,\"Rogue \"\"Temple\"\"\"",
        "d.ogg,Rlyeh") + "\n");
    Path file = dir.resolve("imported.bin");
    CommandRun run = CommandRun.of("catalog", "import", manifest.toString(),
        "--catalog", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).containsExactly(
        manifest + ":3: origin must be an ISO 3166-1 alpha-2 country code such as KR or CN,"
            + " was 'XZ'",
        manifest + ":5: year must be a number, was 'twenty'",
        manifest + ":7: expected 6 columns (path,title,artist,origin_country,release_year,label),"
            + " found 2",
        manifest + ":4: " + music.resolve("missing.ogg") + ": no such file");
    assertThat(run.out()).isEqualTo("2 songs added, 0 already catalogued, 4 lines failed;"
        + " 2 songs in " + file + "\n");
    JsonNode songs = JSON.readTree(CommandRun.of("catalog", "list", "--json", "--catalog",
        file.toString()).out()).get("songs");
    assertThat(songs.get(0).get("title").asText()).isEqualTo("Hunting, the");
    assertThat(songs.get(1).get("label").asText()).isEqualTo("Rogue \"Temple\"");
    CommandRun again = CommandRun.of("catalog", "import", manifest.toString(),
        "--catalog", file.toString());
    assertThat(again.out()).startsWith("0 songs added, 2 already catalogued, 4 lines failed;");
  }
}
