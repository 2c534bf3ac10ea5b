package org.reeltrace.fingerprint.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * The on-disk snapshot of a {@link MultiIndex}, version 2. All numbers big-endian:
 *
 * <pre>
 *   8 bytes  magic "RTMIDX\r\n"
 *   int      format version (2)
 *   long     count n
 *   long     id base b (the smallest id)
 *   int      id width w, 1..64 bits
 *   n times  long w0, long w1, long w2, long w3        (the hashes, in no particular order)
 *   ceil(n*w/64) longs: the n values id - b in the same order, w bits each, packed back to back,
 *            value i in bits i*w .. i*w+w-1 of the concatenated longs (bit 0 = lowest bit of the first)
 *   int      CRC-32 of everything after the header
 * </pre>
 *
 * Only hashes and ids are stored (32 + w/8 bytes per hash: 35 when ids are 0..n-1 below 2^24); the
 * tables are rebuilt on reading, a counting sort per table, which keeps the format independent of the
 * index layout. Version 1 (40-byte records of id and hash) is rejected with a message saying so.
 */
final class Snapshot {
  /*
   * The magic ends in CR LF like PNG's, so a file mangled by text-mode line-ending conversion fails
   * the magic check instead of being misread.
   */
  private static final byte[] MAGIC = "RTMIDX\r\n".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 2;
  private static final int HEADER_BYTES = MAGIC.length + 4 + 8 + 8 + 4;
  private static final int HASH_BYTES = 32;

  private Snapshot() {}

  static void write(Path file, MultiIndex index) throws IOException {
    long[] range = {Long.MAX_VALUE, Long.MIN_VALUE};
    index.forEachHash((id, w0, w1, w2, w3) -> {
      range[0] = Math.min(range[0], id);
      range[1] = Math.max(range[1], id);
    });
    long base = index.size() == 0 ? 0 : range[0];
    int width = index.size() == 0 ? 1 : PackedInts.widthFor(range[1] - base);
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
          DataOutputStream out = new DataOutputStream(raw)) {
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(index.size());
        out.writeLong(base);
        out.writeInt(width);
        CRC32 crc = new CRC32();
        DataOutputStream body = new DataOutputStream(new CheckedOutputStream(raw, crc));
        index.forEachHash((id, w0, w1, w2, w3) -> {
          body.writeLong(w0);
          body.writeLong(w1);
          body.writeLong(w2);
          body.writeLong(w3);
        });
        BitWriter ids = new BitWriter(body, width);
        index.forEachHash((id, w0, w1, w2, w3) -> ids.write(id - base));
        ids.finish();
        body.flush();
        out.writeInt((int) crc.getValue());
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  static void read(Path file, MultiIndex into) throws IOException {
    long fileSize;
    try {
      fileSize = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file + ": no such multi-index snapshot");
    }
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        DataInputStream in = new DataInputStream(raw)) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (magic.length < MAGIC.length && Arrays.equals(magic, Arrays.copyOf(MAGIC, magic.length))) {
        throw new EOFException();
      }
      if (!Arrays.equals(magic, MAGIC)) {
        throw fail(file, "not a ReelTrace multi-index snapshot (bad magic)");
      }
      int version = in.readInt();
      if (version == 1) {
        throw fail(file, "multi-index snapshot version 1 is no longer readable (this build reads version "
            + VERSION + "); rebuild the index from its hashes and write a new snapshot");
      }
      if (version != VERSION) {
        throw fail(file, "unsupported multi-index snapshot version " + version + " (this build reads " + VERSION + ")");
      }
      long count = in.readLong();
      long base = in.readLong();
      int width = in.readInt();
      if (width < 1 || width > 64) {
        throw fail(file, "malformed multi-index snapshot: id width must be 1..64 bits, was " + width);
      }
      long limit = (Long.MAX_VALUE - HEADER_BYTES - 4) / (HASH_BYTES + 8);
      long expected = count < 0 || count > limit ? -1
          : HEADER_BYTES + count * HASH_BYTES + 8 * ((count * width + 63) >>> 6) + 4;
      if (expected < 0 || fileSize != expected) {
        throw fail(file, (fileSize < expected ? "truncated" : "malformed") + " multi-index snapshot: header says "
            + count + " hashes of " + width + "-bit ids (" + expected + " bytes), file has " + fileSize + " bytes");
      }
      CRC32 crc = new CRC32();
      DataInputStream body = new DataInputStream(new CheckedInputStream(raw, crc));
      int chunks = (int) ((count + Segment.MAX_SIZE - 1) / Segment.MAX_SIZE);
      long[][] words = new long[chunks][];
      for (int c = 0; c < chunks; c++) {
        int n = chunkSize(count, c);
        words[c] = new long[4 * n];
        for (int k = 0; k < 4 * n; k++) {
          words[c][k] = body.readLong();
        }
      }
      BitReader bits = new BitReader(body, width);
      for (int c = 0; c < chunks; c++) {
        int n = chunkSize(count, c);
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
          ids[i] = base + bits.read();
        }
        into.addSegment(words[c], ids, n);
        words[c] = null;
      }
      if (in.readInt() != (int) crc.getValue()) {
        throw fail(file, "corrupt multi-index snapshot (checksum mismatch)");
      }
    } catch (EOFException e) {
      throw fail(file, "truncated multi-index snapshot");
    }
  }

  private static int chunkSize(long count, int chunk) {
    return (int) Math.min(Segment.MAX_SIZE, count - (long) chunk * Segment.MAX_SIZE);
  }

  private static IOException fail(Path file, String problem) {
    return new IOException(file + ": " + problem);
  }

  /** Writes values of {@code width} bits packed into longs, in the layout of {@link PackedInts}. */
  private static final class BitWriter {
    private final DataOutputStream out;
    private final int width;
    private long acc;
    private int used;

    BitWriter(DataOutputStream out, int width) {
      this.out = out;
      this.width = width;
    }

    void write(long v) throws IOException {
      v &= width == 64 ? -1L : (1L << width) - 1;
      acc |= v << used;
      if (used + width >= 64) {
        out.writeLong(acc);
        acc = used == 0 ? 0 : v >>> (64 - used);
        used += width - 64;
      } else {
        used += width;
      }
    }

    void finish() throws IOException {
      if (used > 0) {
        out.writeLong(acc);
      }
    }
  }

  /** Reads what {@link BitWriter} wrote. */
  private static final class BitReader {
    private final DataInputStream in;
    private final int width;
    private final long mask;
    private long acc;
    private int left;

    BitReader(DataInputStream in, int width) {
      this.in = in;
      this.width = width;
      this.mask = width == 64 ? -1L : (1L << width) - 1;
    }

    long read() throws IOException {
      if (left >= width) {
        long v = acc & mask;
        acc = width == 64 ? 0 : acc >>> width;
        left -= width;
        return v;
      }
      long next = in.readLong();
      long v = left == 0 ? next : acc | next << left;
      int fromNext = width - left;
      acc = fromNext == 64 ? 0 : next >>> fromNext;
      left = 64 - fromNext;
      return v & mask;
    }
  }
}
