package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoProbeTest {
  private final VideoProbe probe = new VideoProbe();

  @TempDir Path temp;

  @Test
  void readsTheBasicPropertiesOfASampleVideo() throws Exception {
    VideoInfo info = probe.probe(SampleVideos.video("chair-19-sd-bar.mp4"));

    assertThat(info.container()).isEqualTo("mov,mp4,m4a,3gp,3g2,mj2");
    assertThat(info.videoCodec()).isEqualTo("h264");
    assertThat(info.width()).isEqualTo(480);
    assertThat(info.height()).isEqualTo(720);
    assertThat(info.frameRate()).isEqualTo(30.0);
    assertThat(info.durationSeconds()).isCloseTo(18.82, org.assertj.core.data.Offset.offset(0.05));
    assertThat(info.creationTime()).isEmpty();
    assertThat(info.location()).isEmpty();
  }

  @Test
  void acceptsEverySampleVideo() throws Exception {
    for (Path video : SampleVideos.all()) {
      VideoInfo info = probe.probe(video);
      assertThat(info.durationSeconds()).as(video.toString()).isGreaterThan(1);
      assertThat(info.width()).as(video.toString()).isGreaterThanOrEqualTo(480);
    }
  }

  @Test
  void readsCreationTimeAndLocationTags() throws Exception {
    VideoInfo info = probe.probe(SampleVideos.taggedTone(temp));

    assertThat(info.creationTime()).contains("2024-03-01T12:34:56.000000Z");
    assertThat(info.location()).contains("+37.5665+126.9780/");
    assertThat(info.width()).isEqualTo(160);
    assertThat(info.height()).isEqualTo(120);
    assertThat(info.frameRate()).isEqualTo(10.0);
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    Path empty = Files.createFile(temp.resolve("empty.mp4"));

    assertThatThrownBy(() -> probe.probe(empty))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessage("not a readable video: empty file");
  }

  @Test
  void rejectsAMissingFile() {
    assertThatThrownBy(() -> probe.probe(temp.resolve("missing.mp4")))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessageStartingWith("not a readable video: cannot read file");
  }

  @Test
  void rejectsATextFileNamedMp4() throws IOException {
    Path text = Files.writeString(temp.resolve("notes.mp4"), "these are my notes, not a video\n".repeat(50));

    assertThatThrownBy(() -> probe.probe(text))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessage("not a readable video: unrecognised container (Invalid data found when processing input)");
  }

  @Test
  void rejectsRandomBytes() throws IOException {
    byte[] noise = new byte[100_000];
    new Random(42).nextBytes(noise);
    Path garbage = Files.write(temp.resolve("garbage.mp4"), noise);

    assertThatThrownBy(() -> probe.probe(garbage))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessageStartingWith("not a readable video: ");
  }

  @Test
  void rejectsAnMp4CutInHalfWithItsIndexAtTheStart() throws IOException {
    Path half = cutInHalf(SampleVideos.video("chair-19-sd-bar.mp4"));

    assertThatThrownBy(() -> probe.probe(half))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessageMatching("not a readable video: truncated: the container index needs \\d+ bytes, the file has 1058901");
  }

  @Test
  void rejectsAnMp4CutInHalfWithItsIndexAtTheEnd() throws IOException {
    Path half = cutInHalf(SampleVideos.video("test-padded-dimensions.mp4"));

    assertThatThrownBy(() -> probe.probe(half))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessage("not a readable video: unrecognised container (Invalid data found when processing input)");
  }

  @Test
  void rejectsAnAudioOnlyFile() throws IOException {
    // an MP4 header claiming audio only: the sample's bytes with the video track's handler renamed
    // would be fragile; a WAV file is a simple audio-only container FFmpeg always understands
    Path wav = temp.resolve("tone.wav");
    Files.write(wav, wav(8000, new short[8000]));

    assertThatThrownBy(() -> probe.probe(wav))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessage("not a readable video: no video stream");
  }

  @Test
  void rejectsAVideoWhoseFramesAreOverwrittenWithGarbage() throws IOException {
    Path source = SampleVideos.video("chair-19-sd-bar.mp4");
    byte[] bytes = Files.readAllBytes(source);
    // keep the header and index (the first 21,510 bytes, up to the media data), scramble the media
    Random random = new Random(7);
    for (int i = 21_600; i < bytes.length; i++) {
      bytes[i] = (byte) random.nextInt();
    }
    Path scrambled = Files.write(temp.resolve("scrambled.mp4"), bytes);

    assertThatThrownBy(() -> probe.probe(scrambled))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessageStartingWith("not a readable video: ");
  }

  @Test
  void errorMessagesAreOneLine() throws IOException {
    Path text = Files.writeString(temp.resolve("x.mp4"), "x");
    assertThatThrownBy(() -> probe.probe(text)).satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  private Path cutInHalf(Path source) throws IOException {
    byte[] bytes = Files.readAllBytes(source);
    return Files.write(temp.resolve("half-" + source.getFileName()), Arrays.copyOf(bytes, bytes.length / 2));
  }

  /** A mono 16-bit PCM WAV file. */
  static byte[] wav(int sampleRate, short[] samples) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(44 + samples.length * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples.length * 2);
    b.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1);
    b.putInt(sampleRate).putInt(sampleRate * 2).putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples.length * 2);
    for (short s : samples) {
      b.putShort(s);
    }
    return b.array();
  }
}
