package org.reeltrace.app;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHash;

/**
 * The binary form of {@link FrameHashes} in the store: a 4-byte magic {@code RTFH}, a version byte,
 * duration and rate as doubles, the frame count, then per frame its time (double), quality (byte) and
 * eight 32-byte hashes in {@link PdqDihedral#hashes()} order. Big-endian throughout.
 */
final class FrameHashesCodec {
  /**
   * The store's name for fingerprints in this encoding (PDQ, 8 dihedral variants, bars cut off). v2: bars
   * with burnt-in text are cut off too (LetterboxDetector); v3: so are bars that an overlay reaches into
   * over part of their length. Rows of older methods are recomputed.
   */
  static final String METHOD = "pdq-dihedral-v3";

  private static final int MAGIC = 0x52544648; // "RTFH"
  private static final byte VERSION = 1;
  private static final int FRAME_BYTES = 8 + 1 + 8 * 32;

  private FrameHashesCodec() {}

  static byte[] encode(FrameHashes hashes) {
    int n = hashes.frames().size();
    ByteBuffer out = ByteBuffer.allocate(4 + 1 + 8 + 8 + 4 + n * FRAME_BYTES);
    out.putInt(MAGIC).put(VERSION).putDouble(hashes.durationSeconds()).putDouble(hashes.framesPerSecond()).putInt(n);
    for (int i = 0; i < n; i++) {
      PdqDihedral frame = hashes.frames().get(i);
      out.putDouble(hashes.seconds().get(i)).put((byte) frame.quality());
      for (PdqHash h : frame.hashes()) {
        out.putLong(h.w0()).putLong(h.w1()).putLong(h.w2()).putLong(h.w3());
      }
    }
    return out.array();
  }

  static FrameHashes decode(byte[] data) {
    try {
      ByteBuffer in = ByteBuffer.wrap(data);
      if (in.getInt() != MAGIC || in.get() != VERSION) {
        throw new IllegalArgumentException("not a " + METHOD + " fingerprint");
      }
      double duration = in.getDouble();
      double rate = in.getDouble();
      int n = in.getInt();
      if (n < 0 || in.remaining() != (long) n * FRAME_BYTES) {
        throw new IllegalArgumentException("fingerprint of " + n + " frames has " + in.remaining() + " bytes");
      }
      List<Double> seconds = new ArrayList<>(n);
      List<PdqDihedral> frames = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        seconds.add(in.getDouble());
        int quality = in.get() & 0xff;
        PdqHash[] h = new PdqHash[8];
        for (int k = 0; k < 8; k++) {
          h[k] = new PdqHash(in.getLong(), in.getLong(), in.getLong(), in.getLong());
        }
        frames.add(new PdqDihedral(h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], quality));
      }
      return new FrameHashes(duration, rate, seconds, frames);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("truncated " + METHOD + " fingerprint", e);
    }
  }
}
