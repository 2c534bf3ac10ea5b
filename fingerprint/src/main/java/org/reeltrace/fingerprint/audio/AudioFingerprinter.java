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

  private final int peaksPerBlock;

  /** The fingerprinter for indexing (about 32 peaks per second). */
  public AudioFingerprinter() {
    this(PeakPicker.PEAKS_PER_BLOCK);
  }

  /*
   * Dense query landmarks. Speech over the music wins most of a one-second block's peak budget,
   * so the music peaks that the index kept for that second fall out of the query's top 32. Picking
   * three times as many peaks in the query (not in the index, whose size and posting lists stay
   * as they are) brings them back: on 16 Wesnoth tracks with Korean or Mandarin speech at 0 and
   * -5 dB, 10 s clips, 42/60 identified with 32 query peaks per block, 48/60 with 64 and 51/60
   * with 96. On the full evaluation (49 songs, 2.46 h) speech at 0 dB went from 87 % to 93.5 %
   * top-1 for 10 s clips, at 1.8x the query time (docs/benchmarks.md, soundtrack identification).
   */
  /**
   * The fingerprinter for query clips: three times the index's peak density, so that a song stays
   * recognisable under speech or other sounds. Its landmarks are looked up in an index built with
   * {@link #AudioFingerprinter()}; do not index them.
   */
  public static AudioFingerprinter forQueries() {
    return new AudioFingerprinter(3 * PeakPicker.PEAKS_PER_BLOCK);
  }

  AudioFingerprinter(int peaksPerBlock) {
    this.peaksPerBlock = peaksPerBlock;
  }

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
    return LandmarkPairer.pair(PeakPicker.peaks(Spectrogram.of(samples), peaksPerBlock));
  }
}
