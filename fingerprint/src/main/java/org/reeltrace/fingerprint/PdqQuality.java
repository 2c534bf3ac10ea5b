package org.reeltrace.fingerprint;

/** The reference's image-domain quality score of a 64×64 downsample, 0..100. */
final class PdqQuality {

  /* Source: PDQ hashing write-up (ThreatExchange pdq/ "hashing.pdf", section "Quality metric"). The
   * score counts significant gradients: for every vertically and horizontally adjacent pair (u, v) of
   * the 64×64 downsample, d = (int) ((u - v) * 100 / 255) in float (truncated toward zero, so steps
   * under 2.55 grey levels count nothing), the |d| are summed, divided (integer) by 90 and capped at
   * 100. Flat or tiny images score low; the reference suggests ignoring hashes with quality < 50. */

  private PdqQuality() {}

  static int of(float[] b64) {
    int sum = 0;
    for (int i = 0; i < 63; i++) {
      int row = i * 64;
      for (int j = 0; j < 64; j++) {
        sum += Math.abs((int) ((b64[row + j] - b64[row + 64 + j]) * 100f / 255f));
      }
    }
    for (int i = 0; i < 64; i++) {
      int row = i * 64;
      for (int j = 0; j < 63; j++) {
        sum += Math.abs((int) ((b64[row + j] - b64[row + j + 1]) * 100f / 255f));
      }
    }
    return Math.min(sum / 90, 100);
  }
}
