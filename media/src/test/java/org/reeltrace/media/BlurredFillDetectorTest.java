package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.media.SyntheticClip.Camera;
import org.reeltrace.media.SyntheticClip.Spec;
import org.reeltrace.media.SyntheticClip.Window;

class BlurredFillDetectorTest {
  private final FrameFingerprinter fingerprinter = new FrameFingerprinter(FrameSampling.perSecond(5), 50);

  @TempDir
  Path temp;

  @Test
  void aLandscapeClipOverABlurredFillInAVerticalFrameIsFoundAndMatchesItsSource() throws Exception {
    BufferedImage photo = SyntheticClip.photo(SampleVideos.testdata().resolve("pdq/data/bridge-mods/aaa-orig.jpg"));
    Path source = SyntheticClip.write(Spec.of(photo, Camera.PAN, 40, Window.NONE).withSize(640, 360, 4),
        temp.resolve("source.mp4"));
    Path copy = temp.resolve("vertical.mp4");
    BlurredFillClip.write(source, copy, 360, 640, false);

    SampledVideo sampled = fingerprinter.sample(copy);

    // 640x360 shown 360 wide: 203 of 640 rows, from row 219; at the working size (144x256) rows 87..168
    CropRect footage = sampled.withoutFlatEdges();
    assertThat(sampled.crop().isWhole(sampled.frameWidth(), sampled.frameHeight())).isTrue();
    assertThat(footage.x()).isZero();
    assertThat(footage.width()).isEqualTo(sampled.frameWidth());
    assertThat(footage.y()).isBetween(86, 90);
    assertThat(footage.y() + footage.height()).isBetween(166, 170);
    assertThat(nearestDistances(fingerprinter.fingerprint(sampled, sampled.flatEdgesCut()), source))
        .as("bits from the nearest frame of the source").allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(31));
  }

  @Test
  void aPortraitClipOverABlurredFillInALandscapeFrameIsFoundMirroredOrNot() throws Exception {
    Path source = SampleVideos.video("pattern-hd-no-bar.mp4");
    Path copy = temp.resolve("landscape.mp4");
    BlurredFillClip.write(source, copy, 640, 360, true);

    SampledVideo sampled = fingerprinter.sample(copy);

    // 720x1280 shown 360 high: 203 of 640 columns, from column 219; at the working size (256x144) 87..168
    CropRect footage = sampled.withoutFlatEdges();
    assertThat(footage.y()).isZero();
    assertThat(footage.height()).isEqualTo(sampled.frameHeight());
    assertThat(footage.x()).isBetween(86, 90);
    assertThat(footage.x() + footage.width()).isBetween(166, 170);
  }

  @Test
  void aMemesWhiteCaptionBandIsCutOffAsABarNotTakenForABlurredFill() throws Exception {
    BufferedImage photo = SyntheticClip.photo(SampleVideos.testdata().resolve("pdq/data/bridge-mods/aaa-orig.jpg"));
    Path source = SyntheticClip.write(Spec.of(photo, Camera.PAN, 40, Window.NONE).withSize(640, 360, 4),
        temp.resolve("source.mp4"));
    Path copy = CaptionBandClip.write(source, temp.resolve("meme.mp4"), 540, "when the garden", "finally blooms");

    SampledVideo sampled = fingerprinter.sample(copy);

    // a 540x509 frame (band 173 rows, footage 304, strip 32) is 256x241 at the working size: footage 82..226
    assertThat(sampled.frameHeight()).isEqualTo(241);
    assertThat(sampled.crop().y()).isBetween(81, 84);
    assertThat(sampled.crop().y() + sampled.crop().height()).isBetween(224, 227);
    assertThat(sampled.withoutFlatEdges()).isEqualTo(sampled.crop());
    assertThat(nearestDistances(fingerprinter.fingerprint(sampled), source))
        .as("bits from the nearest frame of the source").allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(31));
  }

  @Test
  void noSampleVideoIsTakenForFootageOverABlurredFill() throws Exception {
    for (Path video : SampleVideos.all()) {
      SampledVideo sampled = fingerprinter.sample(video);
      assertThat(new BlurredFillDetector().find(sampled.pictures())).as(video.getFileName().toString()).isEmpty();
    }
  }

  @Test
  void footageWhoseTopIsAsSmoothAsTheFillIsTakenToBeCentred() {
    // a pale blur around footage whose upper half is a pale sky and lower half textured ground
    java.util.Random random = new java.util.Random(5);
    List<LumaFrame> frames = new java.util.ArrayList<>();
    for (int f = 0; f < 20; f++) {
      byte[] luma = new byte[144 * 256];
      for (int y = 0; y < 256; y++) {
        for (int x = 0; x < 144; x++) {
          int value;
          if (y < 88 || y >= 168) {
            value = 200 + (int) Math.round(10 * Math.sin((x + 2 * f) / 40.0) + (y < 88 ? y : 255 - y) / 20.0);
          } else if (y < 128) {
            value = 205 + (y - 88) / 8;
          } else {
            value = 90 + random.nextInt(80);
          }
          luma[y * 144 + x] = (byte) value;
        }
      }
      frames.add(new LumaFrame(f, f / 5.0, 144, 256, luma));
    }

    assertThat(new BlurredFillDetector().find(frames)).contains(new CropRect(0, 88, 144, 80));
  }

  @Test
  void flatPicturesHaveNoFill() {
    LumaFrame flat = new LumaFrame(0, 0, 64, 64, new byte[64 * 64]);
    assertThat(new BlurredFillDetector().find(List.of(flat, flat))).isEmpty();
    assertThat(new BlurredFillDetector().find(List.of())).isEmpty();
  }

  /** For each hashed frame of {@code copy}, the Hamming distance to the nearest frame of {@code source}'s. */
  private List<Integer> nearestDistances(VideoFingerprint copy, Path source) throws Exception {
    List<PdqHash> sourceHashes = fingerprinter.fingerprint(source).frames().stream()
        .map(f -> f.hashes().original()).toList();
    assertThat(copy.frames()).isNotEmpty();
    return copy.frames().stream().map(f -> sourceHashes.stream()
        .mapToInt(h -> h.distance(f.hashes().original())).min().orElseThrow()).toList();
  }
}
