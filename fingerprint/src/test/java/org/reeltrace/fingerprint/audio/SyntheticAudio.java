package org.reeltrace.fingerprint.audio;

import java.util.Arrays;
import java.util.Random;

/**
 * Synthetic test audio at 8000 Hz: "songs" (a random melody of harmonic tones with vibrato over
 * chords and percussive noise bursts), white noise, "speech" (voiced pulse trains and noise
 * through moving formant resonators, in syllable bursts), mixing at a given SNR and resampling.
 */
final class SyntheticAudio {
  static final int RATE = 8000;
  private static final int[] SCALE = {0, 2, 4, 5, 7, 9, 11};

  private SyntheticAudio() {}

  static float[] song(long seed, double seconds) {
    Random rnd = new Random(seed);
    int n = (int) (seconds * RATE);
    double[] out = new double[n];
    int root = 48 + rnd.nextInt(12);
    double beat = 0.25 + rnd.nextDouble() * 0.25;
    // chords: one per bar of 4 beats
    for (double t = 0; t < seconds; t += 4 * beat) {
      int degree = rnd.nextInt(7);
      for (int v = 0; v < 3; v++) {
        int midi = root + note(degree + 2 * v);
        tone(out, t, 4 * beat, midi, 0.12, 3, rnd);
      }
    }
    // melody
    for (double t = 0; t < seconds; ) {
      double len = beat * (1 + rnd.nextInt(3)) / 2;
      if (rnd.nextDouble() < 0.85) {
        int midi = root + 12 + note(rnd.nextInt(14));
        tone(out, t, len, midi, 0.3, 6, rnd);
      }
      t += len;
    }
    // percussion
    for (double t = 0; t < seconds; t += beat / 2) {
      if (rnd.nextDouble() < 0.5) {
        double decay = 0.02 + rnd.nextDouble() * 0.08;
        int start = (int) (t * RATE);
        for (int i = start; i < Math.min(n, start + (int) (0.3 * RATE)); i++) {
          out[i] += 0.15 * rnd.nextGaussian() * Math.exp(-(i - start) / (decay * RATE));
        }
      }
    }
    return normalise(out, 0.1);
  }

  private static int note(int degree) {
    return 12 * (degree / 7) + SCALE[degree % 7];
  }

  private static void tone(double[] out, double start, double len, int midi, double amp,
      int harmonics, Random rnd) {
    double f0 = 440 * Math.pow(2, (midi - 69) / 12.0);
    double vibRate = 4 + rnd.nextDouble() * 2;
    double vibDepth = 0.004 * rnd.nextDouble();
    int from = (int) (start * RATE);
    int to = Math.min(out.length, (int) ((start + len) * RATE));
    double phase = 0;
    for (int i = from; i < to; i++) {
      double t = (i - from) / (double) RATE;
      double env = Math.min(1, t / 0.01) * Math.exp(-t * 2.5) * Math.min(1, (to - i) / 80.0);
      double f = f0 * (1 + vibDepth * Math.sin(2 * Math.PI * vibRate * t));
      phase += 2 * Math.PI * f / RATE;
      double s = 0;
      for (int h = 1; h <= harmonics && h * f0 < 3800; h++) {
        s += Math.sin(h * phase) / h;
      }
      out[i] += amp * env * s;
    }
  }

  static float[] whiteNoise(long seed, int samples) {
    Random rnd = new Random(seed);
    double[] out = new double[samples];
    for (int i = 0; i < samples; i++) {
      out[i] = rnd.nextGaussian();
    }
    return normalise(out, 0.1);
  }

  static float[] speech(long seed, int samples) {
    Random rnd = new Random(seed);
    double[] out = new double[samples];
    int i = 0;
    while (i < samples) {
      int syllable = (int) ((0.1 + rnd.nextDouble() * 0.2) * RATE);
      int gap = (int) ((0.03 + rnd.nextDouble() * 0.15) * RATE);
      double[] formants = {300 + rnd.nextDouble() * 500, 900 + rnd.nextDouble() * 1400,
          2400 + rnd.nextDouble() * 600};
      double f0 = 100 + rnd.nextDouble() * 120;
      boolean voiced = rnd.nextDouble() < 0.7;
      double[] excitation = new double[syllable];
      double phase = 0;
      for (int k = 0; k < syllable; k++) {
        phase += f0 * (1 - 0.2 * k / syllable) / RATE;
        double pulse = phase >= 1 ? 1 : 0;
        phase -= Math.floor(phase);
        excitation[k] = (voiced ? 4 * pulse : 0) + 0.3 * rnd.nextGaussian();
      }
      double[] syl = new double[syllable];
      for (double fc : formants) {
        double[] band = resonate(excitation, fc, 80 + fc * 0.05);
        for (int k = 0; k < syllable; k++) {
          syl[k] += band[k];
        }
      }
      for (int k = 0; k < syllable && i + k < samples; k++) {
        out[i + k] = syl[k] * Math.sin(Math.PI * k / syllable);
      }
      i += syllable + gap;
    }
    return normalise(out, 0.1);
  }

  /** Two-pole resonator at {@code fc} Hz with bandwidth {@code bw} Hz. */
  private static double[] resonate(double[] in, double fc, double bw) {
    double r = Math.exp(-Math.PI * bw / RATE);
    double a1 = 2 * r * Math.cos(2 * Math.PI * fc / RATE);
    double a2 = -r * r;
    double[] out = new double[in.length];
    double y1 = 0;
    double y2 = 0;
    for (int k = 0; k < in.length; k++) {
      double y = (1 - r) * in[k] + a1 * y1 + a2 * y2;
      out[k] = y;
      y2 = y1;
      y1 = y;
    }
    return out;
  }

  /** {@code signal + interference} scaled so the interference is {@code snrDb} below the signal. */
  static float[] mix(float[] signal, float[] interference, double snrDb) {
    double gain = rms(signal) / rms(interference) / Math.pow(10, snrDb / 20);
    float[] out = new float[signal.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (signal[i] + gain * interference[i % interference.length]);
    }
    return out;
  }

  /** Plays {@code in} {@code speed} times faster (pitch rises too), by linear interpolation. */
  static float[] resample(float[] in, double speed) {
    int n = (int) ((in.length - 1) / speed);
    float[] out = new float[n];
    for (int i = 0; i < n; i++) {
      double x = i * speed;
      int k = (int) x;
      double frac = x - k;
      out[i] = (float) (in[k] * (1 - frac) + in[Math.min(k + 1, in.length - 1)] * frac);
    }
    return out;
  }

  static float[] excerpt(float[] in, double startSeconds, double seconds) {
    int from = (int) (startSeconds * RATE);
    return Arrays.copyOfRange(in, from, from + (int) (seconds * RATE));
  }

  private static double rms(float[] x) {
    double sum = 0;
    for (float v : x) {
      sum += v * v;
    }
    return Math.sqrt(sum / x.length);
  }

  private static float[] normalise(double[] x, double targetRms) {
    double sum = 0;
    for (double v : x) {
      sum += v * v;
    }
    double gain = targetRms / Math.sqrt(sum / x.length + 1e-20);
    float[] out = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = (float) (x[i] * gain);
    }
    return out;
  }
}
