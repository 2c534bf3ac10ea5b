package org.reeltrace.fingerprint.audio;

/**
 * Packs a landmark, optionally rescaled for a playback speed, into a 22-bit hash:
 * anchor frequency (8 bits), target frequency (8 bits), time difference (6 bits).
 *
 * <p>Frequencies are quantised to cells of {@link #BINS_PER_CELL} FFT bins (15.6 Hz), coarser
 * than the peak precision so that small errors after speed rescaling mostly land in the same
 * cell (Wang 2003, section 2.2, uses about 10 bits per frequency; fewer bits cost specificity,
 * which the time-offset vote recovers).
 */
final class LandmarkHash {
  static final int MAX_DELTA = 63;
  static final float BINS_PER_CELL = 2f;
  static final int BITS = 22;

  private LandmarkHash() {}

  /**
   * Hash of the landmark as it would appear in the original track when the query plays at
   * {@code speed} times the original rate; -1 when the rescaled landmark falls outside the ranges.
   */
  static int of(Landmark l, double speed) {
    int f1 = (int) (l.anchorBin() / speed / BINS_PER_CELL);
    int f2 = (int) (l.targetBin() / speed / BINS_PER_CELL);
    int dt = (int) Math.round(l.deltaFrames() * speed);
    if (f1 > 255 || f2 > 255 || dt < 1 || dt > MAX_DELTA) {
      return -1;
    }
    return (f1 << 14) | (f2 << 6) | dt;
  }
}
