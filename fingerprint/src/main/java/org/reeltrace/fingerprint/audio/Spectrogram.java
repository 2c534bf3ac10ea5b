package org.reeltrace.fingerprint.audio;

/**
 * Log-magnitude short-time spectrum: Hann windows of {@link #WINDOW} samples every {@link #HOP}
 * samples, {@code WINDOW / 2} bins per frame, values in dB (20·log10 of magnitude, floored).
 */
final class Spectrogram {
  static final int WINDOW = 1024;
  static final int HOP = 256;
  static final int BINS = WINDOW / 2;

  private final float[][] db;

  private Spectrogram(float[][] db) {
    this.db = db;
  }

  static Spectrogram of(float[] samples) {
    int frames = samples.length < WINDOW ? 0 : 1 + (samples.length - WINDOW) / HOP;
    double[] window = new double[WINDOW];
    for (int i = 0; i < WINDOW; i++) {
      window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / WINDOW);
    }
    Fft fft = new Fft(WINDOW);
    double[] re = new double[WINDOW];
    double[] im = new double[WINDOW];
    float[][] db = new float[frames][BINS];
    for (int f = 0; f < frames; f++) {
      int off = f * HOP;
      for (int i = 0; i < WINDOW; i++) {
        re[i] = samples[off + i] * window[i];
        im[i] = 0;
      }
      fft.transform(re, im);
      float[] row = db[f];
      for (int k = 0; k < BINS; k++) {
        double power = re[k] * re[k] + im[k] * im[k];
        row[k] = (float) (10 * Math.log10(power + 1e-10));
      }
    }
    return new Spectrogram(db);
  }

  int frames() {
    return db.length;
  }

  float db(int frame, int bin) {
    return db[frame][bin];
  }

  float[] frame(int frame) {
    return db[frame];
  }
}
