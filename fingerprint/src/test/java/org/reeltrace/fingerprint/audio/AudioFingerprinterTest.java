package org.reeltrace.fingerprint.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AudioFingerprinterTest {
  private final AudioFingerprinter fingerprinter = new AudioFingerprinter();

  @Test
  void picksAboutThirtyPeaksPerSecondAndFiveLandmarksPerPeak() {
    float[] song = SyntheticAudio.song(1, 30);
    List<SpectralPeak> peaks = PeakPicker.peaks(Spectrogram.of(song));
    List<Landmark> landmarks = fingerprinter.fingerprint(song, 8000);
    assertThat(peaks.size() / 30.0).isBetween(20.0, 40.0);
    assertThat(landmarks.size()).isBetween(3 * peaks.size(), 5 * peaks.size());
    assertThat(landmarks).isSortedAccordingTo(
        (a, b) -> Integer.compare(a.anchorFrame(), b.anchorFrame()));
  }

  @Test
  void isDeterministic() {
    float[] song = SyntheticAudio.song(2, 10);
    assertThat(fingerprinter.fingerprint(song, 8000))
        .isEqualTo(fingerprinter.fingerprint(song.clone(), 8000));
  }

  @Test
  void findsAPureToneAtItsFrequency() {
    float[] tone = new float[8000];
    for (int i = 0; i < tone.length; i++) {
      tone[i] = (float) Math.sin(2 * Math.PI * 1000.3 * i / 8000);
    }
    List<SpectralPeak> peaks = PeakPicker.peaks(Spectrogram.of(tone));
    assertThat(peaks).isNotEmpty().allSatisfy(
        p -> assertThat(p.bin() * 8000.0 / 1024).isBetween(995.0, 1005.0));
  }

  @Test
  void returnsNothingForShortOrSilentAudio() {
    assertThat(fingerprinter.fingerprint(new float[1000], 8000)).isEmpty();
    assertThat(fingerprinter.fingerprint(new float[8000], 8000)).isEmpty();
  }

  @Test
  void rejectsOtherSampleRates() {
    assertThatThrownBy(() -> fingerprinter.fingerprint(new float[10], 44100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sample rate must be 8000 Hz, was 44100");
  }
}
