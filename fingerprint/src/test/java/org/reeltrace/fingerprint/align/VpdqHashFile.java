package org.reeltrace.fingerprint.align;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.fingerprint.PdqHash;

/** Reads vPDQ's per-frame hash files ({@code frameNumber,quality,pdqHex64,timestampSeconds}). */
final class VpdqHashFile {
  private VpdqHashFile() {}

  /** The file as a fingerprint; the frame rate is taken from the first and last timestamps. */
  static VideoFingerprint read(Path file) throws IOException {
    List<FrameHash> frames = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split(",");
      if (f.length != 4) {
        throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected 4 fields, was " + line);
      }
      frames.add(new FrameHash(Double.parseDouble(f[3]), PdqHash.parse(f[2]), Integer.parseInt(f[1])));
    }
    double last = frames.get(frames.size() - 1).seconds();
    double fps = frames.size() > 1 ? (frames.size() - 1) / last : 1;
    String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
    return new VideoFingerprint(id, last + 1 / fps, fps, frames);
  }
}
