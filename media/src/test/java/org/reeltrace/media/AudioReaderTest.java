package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioReaderTest {
  @TempDir Path temp;

  @Test
  void decodesAToneToMonoPcmAtTheChosenRate() throws Exception {
    PcmAudio audio = new AudioReader(8000).read(SampleVideos.taggedTone(temp));

    assertThat(audio.sampleRate()).isEqualTo(8000);
    assertThat(audio.durationSeconds()).isCloseTo(2.0, offset(0.05));
    assertThat(audio.warning()).isEmpty();
    // a 440 Hz sine crosses zero 880 times a second; skip the encoder's first and last 0.1 s
    float[] s = audio.samples();
    int from = 800;
    int to = s.length - 800;
    int crossings = 0;
    double energy = 0;
    for (int i = from + 1; i < to; i++) {
      if ((s[i - 1] < 0) != (s[i] < 0)) {
        crossings++;
      }
      energy += s[i] * s[i];
    }
    double seconds = (to - from) / 8000.0;
    assertThat(crossings / seconds).isCloseTo(880, offset(10.0));
    // ffmpeg's sine source has amplitude 1/8: RMS 0.088
    assertThat(Math.sqrt(energy / (to - from))).isCloseTo(0.088, offset(0.01));
  }

  @Test
  void pcm16ScalesAndClips() {
    PcmAudio audio = new PcmAudio(8000, new float[] {0f, 0.5f, -1f, 2f}, java.util.Optional.empty());

    assertThat(audio.toPcm16()).containsExactly((short) 0, (short) 16384, (short) -32767, (short) 32767);
  }

  @Test
  void readsTheSoundtrackOfASampleVideo() throws Exception {
    PcmAudio audio = new AudioReader(16000).read(SampleVideos.video("chair-19-sd-bar.mp4"));

    assertThat(audio.durationSeconds()).isCloseTo(18.8, offset(0.2));
  }

  @Test
  void readsAWavFile() throws Exception {
    short[] ramp = new short[8000];
    for (int i = 0; i < ramp.length; i++) {
      ramp[i] = (short) (i % 100 * 100);
    }
    Path wav = Files.write(temp.resolve("ramp.wav"), VideoProbeTest.wav(8000, ramp));

    PcmAudio audio = new AudioReader(8000).read(wav);

    assertThat(audio.samples()).hasSize(8000);
    assertThat(audio.samples()[150]).isCloseTo(5000 / 32768f, offset(1e-4f));
  }

  @Test
  void rejectsAFileWithoutAudio() throws Exception {
    Path text = Files.writeString(temp.resolve("notes.mp4"), "not a video".repeat(100));

    assertThatThrownBy(() -> new AudioReader().read(text))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessage("not a readable audio: unrecognised container (Invalid data found when processing input)");
  }

  @Test
  void rejectsAnImpossibleSampleRate() {
    assertThatThrownBy(() -> new AudioReader(10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sample rate must be 1000..192000 Hz, was 10");
  }
}
