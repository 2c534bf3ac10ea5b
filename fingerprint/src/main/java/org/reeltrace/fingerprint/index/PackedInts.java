package org.reeltrace.fingerprint.index;

/**
 * A fixed-length array of unsigned integers of one width, 1..64 bits, packed back to back in
 * {@code long} words (value {@code i} occupies bits {@code i*width .. i*width+width-1}, low bits first).
 */
final class PackedInts {
  private final long[] bits;
  private final int width;
  private final long mask;
  private final int size;

  /** An array of {@code size} zeros of {@code width} bits each. */
  PackedInts(int size, int width) {
    if (width < 1 || width > 64) {
      throw new IllegalArgumentException("width must be 1..64 bits, was " + width);
    }
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, was " + size);
    }
    this.size = size;
    this.width = width;
    this.mask = width == 64 ? -1L : (1L << width) - 1;
    this.bits = new long[Math.toIntExact(((long) size * width + 63) >>> 6)];
  }

  /** The number of bits needed for every unsigned value up to {@code max}; at least 1. */
  static int widthFor(long max) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(max));
  }

  int size() {
    return size;
  }

  int width() {
    return width;
  }

  long get(int i) {
    long bit = (long) i * width;
    int w = (int) (bit >>> 6);
    int s = (int) bit & 63;
    long v = bits[w] >>> s;
    if (s + width > 64) {
      v |= bits[w + 1] << (64 - s);
    }
    return v & mask;
  }

  /** Sets value {@code i} to the low {@code width} bits of {@code v}. */
  void set(int i, long v) {
    v &= mask;
    long bit = (long) i * width;
    int w = (int) (bit >>> 6);
    int s = (int) bit & 63;
    bits[w] = bits[w] & ~(mask << s) | v << s;
    if (s + width > 64) {
      int hi = 64 - s;
      bits[w + 1] = bits[w + 1] & ~(mask >>> hi) | v >>> hi;
    }
  }

  /** Heap bytes of the packed words. */
  long bytes() {
    return 8L * bits.length;
  }
}
