package org.reeltrace.fingerprint;

import java.util.Objects;

/**
 * The PDQ hash of one image with its quality score.
 *
 * @param hash the 256-bit hash
 * @param quality the reference's gradient-based quality, 0..100; below about 50 the hash says little
 *     (flat or tiny images)
 */
public record PdqResult(PdqHash hash, int quality) {

  public PdqResult {
    Objects.requireNonNull(hash, "hash");
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0..100, was " + quality);
    }
  }

  /** The reference's output line: {@code hash,quality}. */
  public String toLine() {
    return hash.toHex() + "," + quality;
  }
}
