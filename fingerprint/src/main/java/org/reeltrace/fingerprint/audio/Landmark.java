package org.reeltrace.fingerprint.audio;

/**
 * A pair of spectrogram peaks: an anchor and one target peak in the anchor's target zone
 * (Wang 2003, section 2.2). Frequencies are kept in fractional FFT bins and times in frames of
 * {@link AudioFingerprinter#FRAME_SECONDS} so that a query can be rescaled for speed before it
 * is hashed.
 *
 * @param anchorFrame  time of the anchor peak, in frames from the start of the audio, >= 0
 * @param anchorBin    anchor frequency in FFT bins (bin width 8000/1024 Hz), 0..512
 * @param targetBin    target frequency in FFT bins, 0..512
 * @param deltaFrames  target time minus anchor time in frames, 1..63
 */
public record Landmark(int anchorFrame, float anchorBin, float targetBin, int deltaFrames) {
  public Landmark {
    if (anchorFrame < 0) {
      throw new IllegalArgumentException("anchorFrame must be >= 0, was " + anchorFrame);
    }
    checkBin("anchorBin", anchorBin);
    checkBin("targetBin", targetBin);
    if (deltaFrames < 1 || deltaFrames > LandmarkHash.MAX_DELTA) {
      throw new IllegalArgumentException(
          "deltaFrames must be 1.." + LandmarkHash.MAX_DELTA + ", was " + deltaFrames);
    }
  }

  private static void checkBin(String name, float bin) {
    if (!(bin >= 0 && bin <= Spectrogram.BINS)) {
      throw new IllegalArgumentException(name + " must be 0.." + Spectrogram.BINS + ", was " + bin);
    }
  }
}
