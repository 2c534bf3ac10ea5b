package org.reeltrace.fingerprint.align;

/**
 * The eight rotations and reflections of a frame (the dihedral group of the square), for which the
 * PDQ reference hasher can compute hashes of one frame cheaply. A query hashed in all eight
 * variants matches re-uploads that were mirrored or rotated.
 */
public enum Dihedral {
  /** The frame as decoded. */
  ORIGINAL("original"),
  /** Rotated 90 degrees counter-clockwise. */
  ROTATED_90("rotated 90"),
  /** Rotated 180 degrees. */
  ROTATED_180("rotated 180"),
  /** Rotated 270 degrees counter-clockwise (90 clockwise). */
  ROTATED_270("rotated 270"),
  /** Mirrored left to right. */
  MIRRORED("mirrored"),
  /** Flipped upside down. */
  FLIPPED("flipped"),
  /** Reflected about the main diagonal (top-left to bottom-right). */
  TRANSPOSED("transposed"),
  /** Reflected about the anti-diagonal (top-right to bottom-left). */
  TRANSVERSED("transversed");

  private final String label;

  Dihedral(String label) {
    this.label = label;
  }

  /** A short lower-case label for reports, e.g. "mirrored". */
  public String label() {
    return label;
  }
}
