package org.reeltrace.media;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * vPDQ hash files: one {@link VpdqFrame} per line ({@code frameNumber,quality,pdqHex,timestamp}), as
 * written by the reference {@code vpdq-hash-video} and stored in its {@code sample-hashes} folder.
 * Blank lines are ignored when reading; a file without any frame is an error, as in the reference.
 */
public final class VpdqHashFile {
  private VpdqHashFile() {}

  /**
   * Reads a hash file.
   *
   * @throws IOException when the file cannot be read, with a one-line message
   *     {@code "<file>:<line>: <problem>"} for a malformed line
   */
  public static List<VpdqFrame> read(Path file) throws IOException {
    List<VpdqFrame> frames = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          frames.add(VpdqFrame.parse(line));
        } catch (IllegalArgumentException e) {
          throw new IOException(file + ":" + number + ": " + e.getMessage(), e);
        }
      }
    }
    if (frames.isEmpty()) {
      throw new IOException(file + ": no vPDQ frames in file");
    }
    return frames;
  }

  /** Writes {@code frames} to {@code out}, one line each ending in {@code \n}. */
  public static void write(List<VpdqFrame> frames, Writer out) throws IOException {
    for (VpdqFrame frame : frames) {
      out.write(frame.toLine());
      out.write('\n');
    }
  }

  /** Writes {@code frames} to {@code file} (UTF-8), replacing it. */
  public static void write(List<VpdqFrame> frames, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(frames, out);
    }
  }
}
