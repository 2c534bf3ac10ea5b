package org.reeltrace.fingerprint.audio;

/**
 * A local maximum of the spectrogram.
 *
 * @param frame    frame index (time in hops)
 * @param bin      interpolated frequency in FFT bins (fractional)
 * @param strength dB above the local background
 */
record SpectralPeak(int frame, float bin, float strength) {}
