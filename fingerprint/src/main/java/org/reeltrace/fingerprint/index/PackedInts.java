package org.reeltrace.fingerprint.index;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * A fixed-length array of unsigned integers of one width, 1..64 bits, packed back to back in bytes
 * (value {@code i} occupies bits {@code i*width .. i*width+width-1} of the little-endian bit string,
 * low bits first). Widths above 56 are stored as 64.
 */
final class PackedInts {
  /*
   * Reading a value is one unaligned little-endian 8-byte load at byte i*width/8, a shift by the bit
   * offset (0..7) and a mask: a value of at most 56 bits always lies within those 8 bytes. The byte
   * array has 7 bytes of padding so the load never runs past its end.
   */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final int PADDING = 7;

  private final byte[] bytes;
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
    this.width = width > 56 ? 64 : width;
    this.mask = width == 64 ? -1L : (1L << width) - 1;
    this.bytes = new byte[Math.toIntExact((((long) size * this.width + 7) >>> 3) + PADDING)];
  }

  /** The number of bits needed for every unsigned value up to {@code max}; at least 1. */
  static int widthFor(long max) {
    return Math.max(1, 64 - Long.numberOfLeadingZeros(max));
  }

  int size() {
    return size;
  }

  long get(int i) {
    long bit = (long) i * width;
    return ((long) LONGS.get(bytes, (int) (bit >>> 3)) >>> (bit & 7)) & mask;
  }

  /** Sets value {@code i} to the low {@code width} bits of {@code v}. */
  void set(int i, long v) {
    long bit = (long) i * width;
    int at = (int) (bit >>> 3);
    int s = (int) bit & 7;
    long old = (long) LONGS.get(bytes, at);
    LONGS.set(bytes, at, old & ~(mask << s) | (v & mask) << s);
    if (s + width > 64) { // only for width 64 at s > 0, which never happens: 64-bit values are byte-aligned
      throw new AssertionError("value " + i + " straddles 9 bytes");
    }
  }

  /** Heap bytes of the packed values. */
  long bytes() {
    return bytes.length;
  }
}
