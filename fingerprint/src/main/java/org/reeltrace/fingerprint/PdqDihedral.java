package org.reeltrace.fingerprint;

import java.util.List;
import java.util.Objects;

/**
 * The PDQ hashes of an image and of its seven rotations and mirror images, all taken from one DCT, in
 * the reference's order. Each hash equals (up to a few bits) the hash of the correspondingly
 * transformed image.
 *
 * @param original the image as given
 * @param rotate90 rotated 90 degrees counter-clockwise
 * @param rotate180 rotated 180 degrees
 * @param rotate270 rotated 270 degrees counter-clockwise
 * @param flipX mirrored top to bottom (about the horizontal axis)
 * @param flipY mirrored left to right (about the vertical axis)
 * @param flipPlusDiag mirrored about the main diagonal (transposed)
 * @param flipMinusDiag mirrored about the anti-diagonal
 * @param quality the quality of the original, 0..100
 */
public record PdqDihedral(
    PdqHash original,
    PdqHash rotate90,
    PdqHash rotate180,
    PdqHash rotate270,
    PdqHash flipX,
    PdqHash flipY,
    PdqHash flipPlusDiag,
    PdqHash flipMinusDiag,
    int quality) {

  public PdqDihedral {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(rotate90, "rotate90");
    Objects.requireNonNull(rotate180, "rotate180");
    Objects.requireNonNull(rotate270, "rotate270");
    Objects.requireNonNull(flipX, "flipX");
    Objects.requireNonNull(flipY, "flipY");
    Objects.requireNonNull(flipPlusDiag, "flipPlusDiag");
    Objects.requireNonNull(flipMinusDiag, "flipMinusDiag");
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0..100, was " + quality);
    }
  }

  /** The eight hashes in the reference's order (original, rotate90, ..., flipMinusDiag). */
  public List<PdqHash> hashes() {
    return List.of(
        original, rotate90, rotate180, rotate270, flipX, flipY, flipPlusDiag, flipMinusDiag);
  }

  /** The original's hash with its quality. */
  public PdqResult originalResult() {
    return new PdqResult(original, quality);
  }
}
