package org.reeltrace.app.soundtrack;

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
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.reeltrace.fingerprint.audio.LandmarkIndex;

/**
 * The on-disk form of a {@link SongCatalog}: one file, big-endian, no database.
 * <pre>
 *   magic    8 bytes  "RTSONGS1"
 *   version  int      {@link #VERSION}
 *   songs    int      count, then per song: sha256 (32 bytes), file name, title, artist,
 *                     origin, label ("" = unknown) as modified UTF-8; year int (0 = unknown);
 *                     duration float (seconds)
 *   index             the landmark index ({@link LandmarkIndex#write(DataOutputStream)}), its
 *                     track ids being the songs' SHA-256 in hex
 * </pre>
 * Written beside its final name and renamed into place, so a crash never leaves half a catalog.
 */
final class CatalogFile {
  static final int VERSION = 1;
  private static final byte[] MAGIC = "RTSONGS1".getBytes(StandardCharsets.US_ASCII);

  private CatalogFile() {}

  record Contents(List<Song> songs, LandmarkIndex index) {}

  static void write(Path file, List<Song> songs, LandmarkIndex index) throws IOException {
    Path absolute = file.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
    try (OutputStream raw = Files.newOutputStream(temp);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
      out.write(MAGIC);
      out.writeInt(VERSION);
      out.writeInt(songs.size());
      for (Song s : songs) {
        out.write(HexFormat.of().parseHex(s.sha256()));
        out.writeUTF(s.fileName());
        out.writeUTF(s.title());
        out.writeUTF(s.artist());
        out.writeUTF(s.origin());
        out.writeUTF(s.tags().label().orElse(""));
        out.writeInt(s.tags().year().orElse(0));
        out.writeFloat((float) s.durationSeconds());
      }
      index.write(out);
    }
    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static Contents read(Path file) throws IOException {
    try (InputStream raw = Files.newInputStream(file);
        DataInputStream in = new DataInputStream(new BufferedInputStream(raw, 1 << 16))) {
      byte[] magic = new byte[MAGIC.length];
      if (in.readNBytes(magic, 0, magic.length) != magic.length || !Arrays.equals(magic, MAGIC)) {
        throw new IOException(file + ": not a ReelTrace song catalog (bad magic)");
      }
      int version = in.readInt();
      if (version != VERSION) {
        throw new IOException(
            file + ": unsupported song catalog version " + version + ", expected " + VERSION);
      }
      int count = in.readInt();
      if (count < 0) {
        throw new IOException(file + ": bad song count " + count);
      }
      List<Song> songs = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        byte[] sha = in.readNBytes(32);
        if (sha.length != 32) {
          throw new EOFException();
        }
        String name = in.readUTF();
        String title = in.readUTF();
        String artist = in.readUTF();
        String origin = in.readUTF();
        String label = in.readUTF();
        int year = in.readInt();
        float duration = in.readFloat();
        try {
          songs.add(new Song(HexFormat.of().formatHex(sha), name, duration, new SongTags(title, artist,
              origin, label.isEmpty() ? Optional.empty() : Optional.of(label),
              year == 0 ? OptionalInt.empty() : OptionalInt.of(year))));
        } catch (IllegalArgumentException e) {
          throw new IOException(file + ": corrupt song " + (i + 1) + ": " + e.getMessage(), e);
        }
      }
      LandmarkIndex index = LandmarkIndex.read(in, file.toString());
      if (index.trackCount() != count) {
        throw new IOException(file + ": corrupt catalog: " + count + " songs but "
            + index.trackCount() + " indexed tracks");
      }
      if (in.read() != -1) {
        throw new IOException(file + ": trailing bytes after the landmark index");
      }
      return new Contents(songs, index);
    } catch (EOFException e) {
      throw new IOException(file + ": truncated song catalog", e);
    }
  }
}
