package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.media.VpdqFrame;

/** {@code reeltrace vpdq} and {@code reeltrace match} on the real vPDQ sample videos. */
class VideoCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private static Path sample(String name) {
    return TestData.root().resolve("vpdq/sample-videos").resolve(name);
  }

  @Test
  void vpdqAgreesWithTheReferenceOutputFrameByFrame() throws IOException {
    assertAgreesWithReference(CommandRun.of("vpdq", "--downscale", "128", sample("doorknob-hd-no-bar.mp4").toString()));
  }

  @Test
  void fastVpdqAgreesWithTheReferenceOutputFrameByFrame() throws IOException {
    assertAgreesWithReference(CommandRun.of("vpdq", "--fast", "--downscale", "128", sample("chair-20-sd-bar.mp4").toString()),
        "chair-20-sd-bar-128x128.txt");
  }

  private static void assertAgreesWithReference(CommandRun run) throws IOException {
    assertAgreesWithReference(run, "doorknob-hd-no-bar-128x128.txt");
  }

  private static void assertAgreesWithReference(CommandRun run, String expectedFile) throws IOException {
    assertThat(run.exitCode()).isZero();
    List<String> expected = Files.readAllLines(TestData.root().resolve("vpdq/sample-hashes").resolve(expectedFile));
    List<String> got = List.of(run.out().split("\n"));
    assertThat(got).hasSameSizeAs(expected);
    double sum = 0;
    for (int i = 0; i < got.size(); i++) {
      VpdqFrame mine = VpdqFrame.parse(got.get(i));
      VpdqFrame theirs = VpdqFrame.parse(expected.get(i));
      assertThat(mine.frameNumber()).isEqualTo(theirs.frameNumber());
      int d = mine.hash().distance(theirs.hash());
      assertThat(d).as("frame %d", i).isLessThanOrEqualTo(31);
      sum += d;
    }
    assertThat(sum / got.size()).isLessThanOrEqualTo(4.0);
  }

  @Test
  void matchFindsTheSharedFootageOfASepiaLetterboxedCopy() throws IOException {
    CommandRun run = CommandRun.of("match", sample("chair-22-sd-sepia-bar.mp4").toString(),
        sample("chair-orig-22-sd-bar.mp4").toString(), "--json");
    assertThat(run.exitCode()).isZero();
    JsonNode match = JSON.readTree(run.out());
    assertThat(match.get("match").asBoolean()).isTrue();
    JsonNode segment = match.get("segments").get(0);
    assertThat(segment.get("query").get(1).asDouble() - segment.get("query").get(0).asDouble())
        .isGreaterThan(10);
    assertThat(segment.get("speed").asDouble()).isBetween(0.95, 1.05);
  }

  @Test
  void aMirroredReuploadMatchesThroughItsMirroredHashes() throws Exception {
    Path mirrored = Path.of(VideoCommandsTest.class.getResource("mirrored-chair.mp4").toURI());
    Path original = Path.of("..", "demo", "archive", "ytdlp", "mina.makes - 7341100000000000001.mp4");
    CommandRun run = CommandRun.of("match", mirrored.toString(), original.toString(), "--json");
    JsonNode match = JSON.readTree(run.out());
    assertThat(match.get("match").asBoolean()).as(run.out()).isTrue();
    assertThat(match.get("segments").get(0).get("variant").asText()).isEqualTo("mirrored");
    assertThat(match.get("queryAlignedPercent").asDouble()).isGreaterThan(80);
  }

  @Test
  void aCopyOfFastFootageCutOffTheSamplingGridMatchesEveryFrameOfItsSource() throws Exception {
    Path copy = PanningClip.write(dir.resolve("cut.mp4"), 1, 3, 5);
    Path source = PanningClip.write(dir.resolve("pan.mp4"), 1, 0, 6);

    CommandRun run = CommandRun.of("match", copy.toString(), source.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode match = JSON.readTree(run.out());
    assertThat(match.get("match").asBoolean()).as(run.out()).isTrue();
    assertThat(match.get("view").asText()).isEqualTo("every frame of reference");
    assertThat(match.get("segments").get(0).get("reference").get(0).asDouble()).isBetween(0.05, 0.15);
  }

  @Test
  void anOverlaidCopyOfSmoothFootageMatchesWithItsOverlaysPaintedOver() throws Exception {
    Path copy = SkyClip.write(dir.resolve("copy.mp4"), 1, true);
    Path source = SkyClip.write(dir.resolve("source.mp4"), 1, false);

    CommandRun run = CommandRun.of("match", copy.toString(), source.toString(), "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode match = JSON.readTree(run.out());
    assertThat(match.get("match").asBoolean()).as(run.out()).isTrue();
    assertThat(match.get("view").asText()).isEqualTo("overlays painted over");
    assertThat(match.get("queryAlignedPercent").asDouble()).isGreaterThan(50);
  }

  @Test
  void aCroppedCopyMatchesAWindowOfTheOriginalWhicheverSideItIs() throws Exception {
    Path cropped = Path.of(VideoCommandsTest.class.getResource("cropped-chair.mp4").toURI());
    Path original = Path.of("..", "demo", "archive", "ytdlp", "mina.makes - 7341100000000000001.mp4");

    JsonNode copyFirst =
        JSON.readTree(CommandRun.of("match", cropped.toString(), original.toString(), "--json").out());
    JsonNode originalFirst =
        JSON.readTree(CommandRun.of("match", original.toString(), cropped.toString(), "--json").out());

    // cropped with crop=78 %:85 % of the size at 17 %, 3 % (see SOURCES.md)
    assertThat(copyFirst.get("match").asBoolean()).as(copyFirst.toString()).isTrue();
    assertThat(copyFirst.get("view").asText()).startsWith("reference window 0.1");
    assertThat(copyFirst.get("queryAlignedPercent").asDouble()).isGreaterThan(80);
    assertThat(originalFirst.get("match").asBoolean()).as(originalFirst.toString()).isTrue();
    assertThat(originalFirst.get("view").asText()).startsWith("query window 0.1");
    assertThat(originalFirst.get("queryAlignedPercent").asDouble()).isGreaterThan(80);
  }

  @Test
  void aZoomedInCopyUnderALogoAndAWatermarkMatchesOnceItsOverlaysArePaintedOver() throws Exception {
    Path copy = Path.of(VideoCommandsTest.class.getResource("zoomed-stamped-chair.mp4").toURI());
    Path original = Path.of("..", "demo", "archive", "ytdlp", "mina.makes - 7341100000000000001.mp4");

    JsonNode match = JSON.readTree(CommandRun.of("match", copy.toString(), original.toString(), "--json").out());

    // 8 % cut off each side (see SOURCES.md): the zoom window 0.85 of the original, one step either way
    assertThat(match.get("match").asBoolean()).as(match.toString()).isTrue();
    assertThat(match.get("view").asText()).matches("zoom 0\\.8\\d* of reference, overlays painted over");
    assertThat(match.get("queryAlignedPercent").asDouble()).isGreaterThan(50);
  }

  @Test
  void aPictureInPictureCopyMatchesThroughItsInset() throws Exception {
    Path inset = Path.of(VideoCommandsTest.class.getResource("inset-chair.mp4").toURI());
    Path original = Path.of("..", "demo", "archive", "ytdlp", "mina.makes - 7341100000000000001.mp4");

    JsonNode match = JSON.readTree(CommandRun.of("match", inset.toString(), original.toString(), "--json").out());

    // the original at half size, placed at 70 %, 35 % of the free room: (0.35, 0.175), 0.5 x 0.5
    assertThat(match.get("match").asBoolean()).as(match.toString()).isTrue();
    assertThat(match.get("view").asText()).startsWith("query window 0.3");
    JsonNode segment = match.get("segments").get(0);
    assertThat(segment.get("speed").asDouble()).isBetween(0.95, 1.05);
    assertThat(match.get("queryAlignedPercent").asDouble()).isGreaterThan(80);
  }

  @Test
  void unrelatedVideosDoNotMatch() throws IOException {
    CommandRun run = CommandRun.of("match", sample("doorknob-hd-no-bar.mp4").toString(),
        sample("pattern-hd-no-bar.mp4").toString(), "--json");
    assertThat(run.exitCode()).isZero();
    assertThat(JSON.readTree(run.out()).get("match").asBoolean()).isFalse();
    assertThat(JSON.readTree(run.out()).get("segments")).isEmpty();
  }

  @Test
  void anUnreadableVideoIsOneErrorLine() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.mp4"), "not a video");
    CommandRun run = CommandRun.of("match", bad.toString(), sample("doorknob-hd-no-bar.mp4").toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).singleElement().asString().startsWith(bad + ": ");
  }
}
