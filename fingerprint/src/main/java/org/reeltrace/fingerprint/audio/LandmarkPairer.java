package org.reeltrace.fingerprint.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs each anchor peak with the first {@link #FAN_OUT} peaks of its target zone: the zone
 * starts {@link #MIN_DELTA} frame after the anchor, spans up to {@link #MAX_DELTA} frames
 * (about 1.5 s) and ±{@link #MAX_BIN_DISTANCE} bins (Wang 2003, section 2.2, "fan-out").
 */
final class LandmarkPairer {
  static final int FAN_OUT = 5;
  static final int MIN_DELTA = 1;
  static final int MAX_DELTA = 48;
  static final float MAX_BIN_DISTANCE = 96f;

  private LandmarkPairer() {}

  /** Peaks must be sorted by frame. */
  static List<Landmark> pair(List<SpectralPeak> peaks) {
    List<Landmark> out = new ArrayList<>(peaks.size() * FAN_OUT);
    for (int i = 0; i < peaks.size(); i++) {
      SpectralPeak anchor = peaks.get(i);
      int taken = 0;
      for (int j = i + 1; j < peaks.size() && taken < FAN_OUT; j++) {
        SpectralPeak target = peaks.get(j);
        int dt = target.frame() - anchor.frame();
        if (dt > MAX_DELTA) {
          break;
        }
        if (dt < MIN_DELTA || Math.abs(target.bin() - anchor.bin()) > MAX_BIN_DISTANCE) {
          continue;
        }
        out.add(new Landmark(anchor.frame(), anchor.bin(), target.bin(), dt));
        taken++;
      }
    }
    return out;
  }
}
