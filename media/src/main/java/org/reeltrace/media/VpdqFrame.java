package org.reeltrace.media;

import java.util.Locale;
import java.util.Objects;
import org.reeltrace.fingerprint.PdqHash;

/**
 * One line of a vPDQ hash: the PDQ hash of one video frame.
 *
 * <p>Text form (vPDQ's {@code vpdq-hash-video} output and {@code sample-hashes} files):
 * {@code frameNumber,quality,pdqHex,timestampSeconds}, the timestamp with exactly three decimals, e.g.
 * {@code 3,100,c0f00b7837247aac...c55c,0.100}.
 *
 * @param frameNumber      0-based index of the frame in decoding output (presentation) order
 * @param quality          PDQ quality, 0..100
 * @param hash             the frame's PDQ hash
 * @param timestampSeconds {@code frameNumber / frameRate}, as vPDQ computes it
 */
public record VpdqFrame(int frameNumber, int quality, PdqHash hash, double timestampSeconds) {
  public VpdqFrame {
    Objects.requireNonNull(hash, "hash");
    if (frameNumber < 0) {
      throw new IllegalArgumentException("frame number must be >= 0, was " + frameNumber);
    }
    if (quality < 0 || quality > 100) {
      throw new IllegalArgumentException("quality must be 0..100, was " + quality);
    }
    if (!(timestampSeconds >= 0) || Double.isInfinite(timestampSeconds)) {
      throw new IllegalArgumentException("timestamp must be a finite number >= 0, was " + timestampSeconds);
    }
  }

  /**
   * Parses one line of the text form.
   *
   * @throws IllegalArgumentException saying what is wrong with the line (without file or line number)
   */
  public static VpdqFrame parse(String line) {
    String[] fields = line.strip().split(",", -1);
    if (fields.length != 4) {
      throw new IllegalArgumentException(
          "expected 4 comma-separated fields frameNumber,quality,pdqHex,timestamp, found " + fields.length);
    }
    int frameNumber = integer(fields[0], "frame number");
    int quality = integer(fields[1], "quality");
    PdqHash hash = PdqHash.parse(fields[2].strip());
    double timestamp;
    try {
      timestamp = Double.parseDouble(fields[3].strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("timestamp must be a number, was \"" + fields[3] + "\"");
    }
    return new VpdqFrame(frameNumber, quality, hash, timestamp);
  }

  private static int integer(String text, String what) {
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be an integer, was \"" + text + "\"");
    }
  }

  /** The text form, without a line break. */
  public String toLine() {
    return frameNumber + "," + quality + "," + hash.toHex() + "," + String.format(Locale.ROOT, "%.3f", timestampSeconds);
  }
}
