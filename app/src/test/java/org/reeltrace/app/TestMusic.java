package org.reeltrace.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Real music for the soundtrack tests: the Debian package {@code hyperrogue-music} (CC BY-SA game
 * music, installed by scripts/test.sh). Tests fail, not skip, when it is missing.
 */
final class TestMusic {
  static final Path DIR = Path.of("/usr/share/hyperrogue/music");

  private TestMusic() {}

  /**
   * Four of the package's tracks, sorted by name (hr3-caves, -crossroads, -desert, -graveyard).
   * Only the "hr3-" tracks: FFmpeg's Ogg demuxer rejects three of the "hr-savino-" files.
   */
  static List<Path> tracks() {
    if (!Files.isDirectory(DIR)) {
      throw new AssertionError(DIR + " not found: install the Debian package hyperrogue-music"
          + " (scripts/test.sh installs it)");
    }
    try (Stream<Path> s = Files.list(DIR)) {
      List<Path> all = s.filter(p -> p.getFileName().toString().startsWith("hr3-")
          && p.toString().endsWith(".ogg")).sorted().limit(4).toList();
      if (all.size() < 4) {
        throw new AssertionError(DIR + " holds " + all.size() + " tracks, expected at least 4");
      }
      return all;
    } catch (IOException e) {
      throw new AssertionError(DIR + ": " + e.getMessage(), e);
    }
  }

  /** Writes mono samples in -1..1 as a 16-bit PCM WAV file. */
  static Path writeWav(Path file, float[] samples, int rate) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + samples.length * 2).put("WAVEfmt ".getBytes())
        .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
        .putShort((short) 2).putShort((short) 16).put("data".getBytes()).putInt(samples.length * 2);
    for (float v : samples) {
      b.putShort((short) Math.max(-32768, Math.min(32767, Math.round(v * 32767f))));
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(b.array());
    }
    return file;
  }

  /** {@code seconds} of audio from {@code start}, played at {@code speed} (resampled linearly). */
  static float[] excerpt(float[] samples, int rate, double start, double seconds, double speed) {
    int n = (int) (seconds * rate);
    float[] out = new float[n];
    double from = start * rate;
    for (int i = 0; i < n; i++) {
      double pos = from + i * speed;
      int j = (int) pos;
      double frac = pos - j;
      if (j + 1 < samples.length) {
        out[i] = (float) (samples[j] * (1 - frac) + samples[j + 1] * frac);
      }
    }
    return out;
  }

  /** {@code a} plus {@code b} scaled so that a is {@code snrDb} louder, then normalised. */
  static float[] mix(float[] a, float[] b, double snrDb) {
    double gain = rms(a) / rms(b) * Math.pow(10, -snrDb / 20);
    float[] out = new float[a.length];
    float peak = 1e-9f;
    for (int i = 0; i < a.length; i++) {
      out[i] = (float) (a[i] + gain * (i < b.length ? b[i] : 0));
      peak = Math.max(peak, Math.abs(out[i]));
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = out[i] / peak * 0.9f;
    }
    return out;
  }

  private static double rms(float[] s) {
    double sum = 0;
    for (float v : s) {
      sum += v * v;
    }
    return Math.sqrt(sum / Math.max(1, s.length)) + 1e-9;
  }
}
