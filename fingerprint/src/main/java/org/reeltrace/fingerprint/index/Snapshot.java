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
 * The on-disk snapshot of a {@link MultiIndex}, version 1. All numbers big-endian:
 *
 * <pre>
 *   8 bytes  magic "RTMIDX\r\n"
 *   int      format version (1)
 *   long     count n
 *   n times  long id, long w0, long w1, long w2, long w3   (insertion order)
 *   int      CRC-32 of the n records
 * </pre>
 *
 * Only hashes and ids are stored (40 bytes per hash); the tables are rebuilt on reading, which takes a
 * counting sort per table and keeps the format independent of the index layout.
 */
final class Snapshot {
  /*
   * The magic ends in CR LF like PNG's, so a file mangled by text-mode line-ending conversion fails
   * the magic check instead of being misread.
   */
  private static final byte[] MAGIC = "RTMIDX\r\n".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;
  private static final int HEADER_BYTES = MAGIC.length + 4 + 8;
  private static final int RECORD_BYTES = 40;

  private Snapshot() {}

  static void write(Path file, MultiIndex index) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
          DataOutputStream out = new DataOutputStream(raw)) {
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeLong(index.size());
        CRC32 crc = new CRC32();
        DataOutputStream records = new DataOutputStream(new CheckedOutputStream(raw, crc));
        index.forEachHash((id, w0, w1, w2, w3) -> {
          records.writeLong(id);
          records.writeLong(w0);
          records.writeLong(w1);
          records.writeLong(w2);
          records.writeLong(w3);
        });
        records.flush();
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
      if (version != VERSION) {
        throw fail(file, "unsupported multi-index snapshot version " + version + " (this build reads " + VERSION + ")");
      }
      long count = in.readLong();
      long expected = HEADER_BYTES + count * RECORD_BYTES + 4;
      if (count < 0 || count > (Long.MAX_VALUE - HEADER_BYTES) / RECORD_BYTES - 1 || fileSize != expected) {
        throw fail(file, (fileSize < expected ? "truncated" : "malformed") + " multi-index snapshot: header says "
            + count + " hashes (" + expected + " bytes), file has " + fileSize + " bytes");
      }
      CRC32 crc = new CRC32();
      DataInputStream records = new DataInputStream(new CheckedInputStream(raw, crc));
      long left = count;
      while (left > 0) {
        int n = (int) Math.min(left, Segment.MAX_SIZE);
        long[] words = new long[4 * n];
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
          ids[i] = records.readLong();
          for (int k = 0; k < 4; k++) {
            words[4 * i + k] = records.readLong();
          }
        }
        into.addSegment(words, ids, n);
        left -= n;
      }
      if (in.readInt() != (int) crc.getValue()) {
        throw fail(file, "corrupt multi-index snapshot (checksum mismatch)");
      }
    } catch (EOFException e) {
      throw fail(file, "truncated multi-index snapshot");
    }
  }

  private static IOException fail(Path file, String problem) {
    return new IOException(file + ": " + problem);
  }
}
