package org.reeltrace.fingerprint.align;

import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHash;

/**
 * The eight rotations and reflections of a frame (the dihedral group of the square), in the order
 * of {@link PdqDihedral}, which hashes all eight from one DCT. A query hashed in all eight variants
 * matches re-uploads that were mirrored or rotated.
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
  /** Flipped top to bottom (PDQ's flipX). */
  FLIPPED("flipped"),
  /** Mirrored left to right (PDQ's flipY), the usual re-upload trick. */
  MIRRORED("mirrored"),
  /** Reflected about the main diagonal (PDQ's flipPlusDiag). */
  TRANSPOSED("transposed"),
  /** Reflected about the anti-diagonal (PDQ's flipMinusDiag). */
  TRANSVERSED("transversed");

  private final String label;

  Dihedral(String label) {
    this.label = label;
  }

  /** A short lower-case label for reports, e.g. "mirrored". */
  public String label() {
    return label;
  }

  /** This variant's hash among the eight. */
  public PdqHash of(PdqDihedral hashes) {
    return hashes.hashes().get(ordinal());
  }
}
