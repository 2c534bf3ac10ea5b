package org.reeltrace.fingerprint.audio;

import java.util.List;

/**
 * Turns mono PCM audio at {@link #SAMPLE_RATE} Hz into landmarks (Wang 2003): a log spectrogram
 * (1024-sample Hann windows, hop 256 = 32 ms), about 30 peaks per second, each paired with up to
 * 5 later peaks. Stateless and thread-safe.
 */
public final class AudioFingerprinter {
  /** The only accepted sample rate, in Hz. */
  public static final int SAMPLE_RATE = 8000;
  /** Duration of one landmark time step, in seconds. */
  public static final double FRAME_SECONDS = (double) Spectrogram.HOP / SAMPLE_RATE;

  /**
   * Landmarks of {@code samples}, sorted by anchor frame; empty for audio shorter than one
   * window (128 ms).
   *
   * @throws IllegalArgumentException if {@code sampleRate} is not {@link #SAMPLE_RATE}
   */
  public List<Landmark> fingerprint(float[] samples, int sampleRate) {
    if (sampleRate != SAMPLE_RATE) {
      throw new IllegalArgumentException(
          "sample rate must be " + SAMPLE_RATE + " Hz, was " + sampleRate);
    }
    return LandmarkPairer.pair(PeakPicker.peaks(Spectrogram.of(samples)));
  }
}
