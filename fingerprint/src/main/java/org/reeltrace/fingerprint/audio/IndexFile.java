package org.reeltrace.fingerprint.audio;

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
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The on-disk form of a {@link LandmarkIndex}, big-endian:
 * <pre>
 *   magic    8 bytes  "RTAUDLM1"
 *   version  int      {@link #VERSION}
 *   tracks   int      number of track ids, then each id as modified UTF-8 (DataOutput.writeUTF)
 *   count    long     number of postings, then that many longs, sorted ascending
 * </pre>
 * The file is written beside its final name and renamed into place, so readers never see a
 * half-written index. The posting layout is {@link Postings}'s; a version bump is required whenever the layout, the
 * hash or the fingerprint parameters change, since old postings would silently stop matching.
 */
final class IndexFile {
  static final int VERSION = 1;
  private static final byte[] MAGIC = "RTAUDLM1".getBytes(StandardCharsets.US_ASCII);

  private IndexFile() {}

  static void write(Path file, List<String> trackIds, Postings postings) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(temp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      write(out, trackIds, postings);
    }
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Writes the index format to {@code out} (which the caller closes). */
  static void write(DataOutputStream out, List<String> trackIds, Postings postings)
      throws IOException {
    postings.sort();
    out.write(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(trackIds.size());
    for (String id : trackIds) {
      out.writeUTF(id);
    }
    out.writeLong(postings.size());
    for (int i = 0; i < postings.size(); i++) {
      out.writeLong(postings.get(i));
    }
  }

  record Contents(List<String> trackIds, Postings postings) {}

  static Contents read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      Contents c = read(in, file.toString());
      if (in.read() != -1) {
        throw new IOException(file + ": trailing bytes after the postings");
      }
      return c;
    }
  }

  /**
   * Reads one index from {@code in}, leaving the stream just after it; errors name
   * {@code source}.
   */
  static Contents read(DataInputStream in, String source) throws IOException {
    try {
      byte[] magic = new byte[MAGIC.length];
      if (in.readNBytes(magic, 0, magic.length) != magic.length || !Arrays.equals(magic, MAGIC)) {
        throw new IOException(source + ": not a ReelTrace audio landmark index (bad magic)");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(
            source + ": unsupported audio index version " + version + ", expected " + VERSION);
      }
      int tracks = in.readInt();
      if (tracks < 0 || tracks > Postings.MAX_TRACKS) {
        throw new IOException(source + ": bad track count " + tracks);
      }
      List<String> ids = new ArrayList<>(tracks);
      for (int i = 0; i < tracks; i++) {
        ids.add(in.readUTF());
      }
      long count = in.readLong();
      if (count < 0 || count > Integer.MAX_VALUE - 8) {
        throw new IOException(source + ": bad posting count " + count);
      }
      long[] values = new long[(int) count];
      long previous = Long.MIN_VALUE;
      for (int i = 0; i < count; i++) {
        long p = in.readLong();
        if (p < previous || Postings.track(p) >= tracks) {
          throw new IOException(source + ": corrupt posting " + i + " of " + count);
        }
        values[i] = p;
        previous = p;
      }
      return new Contents(List.copyOf(ids), new Postings(values, values.length, true));
    } catch (EOFException e) {
      throw new IOException(source + ": truncated audio landmark index", e);
    }
  }
}
