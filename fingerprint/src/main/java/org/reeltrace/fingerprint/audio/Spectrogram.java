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

  /**
   * The spectrogram of {@code samples}. Frames are real, so two of them go through one complex FFT
   * (one as the real part, the next as the imaginary part) and are separated by the transform's
   * conjugate symmetry: X[k] = (Z[k] + conj Z[N−k]) / 2, Y[k] = (Z[k] − conj Z[N−k]) / 2i.
   */
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
    for (int f = 0; f < frames; f += 2) {
      boolean pair = f + 1 < frames;
      int off = f * HOP;
      for (int i = 0; i < WINDOW; i++) {
        re[i] = samples[off + i] * window[i];
        im[i] = pair ? samples[off + HOP + i] * window[i] : 0;
      }
      fft.transform(re, im);
      float[] first = db[f];
      float[] second = pair ? db[f + 1] : null;
      for (int k = 0; k < BINS; k++) {
        int mirror = (WINDOW - k) & (WINDOW - 1);
        double xr = 0.5 * (re[k] + re[mirror]);
        double xi = 0.5 * (im[k] - im[mirror]);
        first[k] = decibels(xr * xr + xi * xi);
        if (pair) {
          double yr = 0.5 * (im[k] + im[mirror]);
          double yi = 0.5 * (re[mirror] - re[k]);
          second[k] = decibels(yr * yr + yi * yi);
        }
      }
    }
    return new Spectrogram(db);
  }

  private static float decibels(double power) {
    return (float) (10 * Math.log10(power + 1e-10));
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
