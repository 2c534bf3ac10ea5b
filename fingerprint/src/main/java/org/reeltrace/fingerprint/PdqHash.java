package org.reeltrace.fingerprint;

/**
 * A 256-bit PDQ hash, immutable.
 *
 * <p>The 256 bits are one unsigned number written as 64 hex digits, most significant first, exactly as
 * Meta's reference {@code pdq-photo-hasher} prints it. Bit {@code k} (0 = least significant) holds DCT
 * coefficient {@code (k / 16, k % 16)}, i.e. row {@code k / 16} (vertical frequency) and column
 * {@code k % 16} (horizontal frequency). {@code w0} holds bits 255..192 (the first 16 hex digits),
 * {@code w3} bits 63..0 (the last 16).
 */
public record PdqHash(long w0, long w1, long w2, long w3) {

  /** The number of bits in a hash. */
  public static final int BITS = 256;

  /**
   * Parses the reference's 64-digit hex form (either case).
   *
   * @throws IllegalArgumentException naming the text when it is not 64 hex digits
   */
  public static PdqHash parse(String hex64) {
    if (hex64 == null || hex64.length() != 64) {
      throw new IllegalArgumentException("PDQ hash must be 64 hex digits, was \"" + hex64 + "\"");
    }
    long[] words = new long[4];
    for (int i = 0; i < 64; i++) {
      int digit = Character.digit(hex64.charAt(i), 16);
      if (digit < 0) {
        throw new IllegalArgumentException(
            "PDQ hash must be 64 hex digits, was \"" + hex64 + "\" (bad digit at " + i + ")");
      }
      words[i / 16] = (words[i / 16] << 4) | digit;
    }
    return new PdqHash(words[0], words[1], words[2], words[3]);
  }

  /** Builds a hash from bits 0..255 as produced by the hasher ({@code bits[k]} is bit {@code k}). */
  static PdqHash fromBits(long bits0to63, long bits64to127, long bits128to191, long bits192to255) {
    return new PdqHash(bits192to255, bits128to191, bits64to127, bits0to63);
  }

  /** The 64 lower-case hex digits, as the reference prints them. */
  public String toHex() {
    StringBuilder out = new StringBuilder(64);
    for (long word : new long[] {w0, w1, w2, w3}) {
      String digits = Long.toHexString(word);
      out.append("0".repeat(16 - digits.length())).append(digits);
    }
    return out.toString();
  }

  /** Bit {@code k} of the hash, {@code k} in 0..255 (see the class comment for its meaning). */
  public boolean bit(int k) {
    if (k < 0 || k >= BITS) {
      throw new IndexOutOfBoundsException("bit must be 0..255, was " + k);
    }
    long word = switch (k >>> 6) {
      case 0 -> w3;
      case 1 -> w2;
      case 2 -> w1;
      default -> w0;
    };
    return ((word >>> (k & 63)) & 1L) != 0;
  }

  /** The number of set bits (the reference's "norm"). */
  public int bitCount() {
    return Long.bitCount(w0) + Long.bitCount(w1) + Long.bitCount(w2) + Long.bitCount(w3);
  }

  /** The Hamming distance to {@code other}, 0..256. */
  public int distance(PdqHash other) {
    return Long.bitCount(w0 ^ other.w0)
        + Long.bitCount(w1 ^ other.w1)
        + Long.bitCount(w2 ^ other.w2)
        + Long.bitCount(w3 ^ other.w3);
  }

  @Override
  public String toString() {
    return toHex();
  }
}
