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
    postings.sort();
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(temp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
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
    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  record Contents(List<String> trackIds, Postings postings) {}

  static Contents read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      byte[] magic = new byte[MAGIC.length];
      if (in.readNBytes(magic, 0, magic.length) != magic.length || !Arrays.equals(magic, MAGIC)) {
        throw new IOException(file + ": not a ReelTrace audio landmark index (bad magic)");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(
            file + ": unsupported audio index version " + version + ", expected " + VERSION);
      }
      int tracks = in.readInt();
      if (tracks < 0 || tracks > Postings.MAX_TRACKS) {
        throw new IOException(file + ": bad track count " + tracks);
      }
      List<String> ids = new ArrayList<>(tracks);
      for (int i = 0; i < tracks; i++) {
        ids.add(in.readUTF());
      }
      long count = in.readLong();
      long expectedBytes = count * Long.BYTES;
      if (count < 0 || count > Integer.MAX_VALUE - 8) {
        throw new IOException(file + ": bad posting count " + count);
      }
      long[] values = new long[(int) count];
      long previous = Long.MIN_VALUE;
      for (int i = 0; i < count; i++) {
        long p = in.readLong();
        if (p < previous || Postings.track(p) >= tracks) {
          throw new IOException(file + ": corrupt posting " + i + " of " + count);
        }
        values[i] = p;
        previous = p;
      }
      if (in.read() != -1) {
        throw new IOException(file + ": trailing bytes after " + expectedBytes + " bytes of postings");
      }
      return new Contents(List.copyOf(ids), new Postings(values, values.length, true));
    } catch (EOFException e) {
      throw new IOException(file + ": truncated audio landmark index", e);
    }
  }
}
