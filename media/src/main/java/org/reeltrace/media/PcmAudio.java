package org.reeltrace.media;

import java.util.Objects;
import java.util.Optional;

/**
 * A soundtrack as mono PCM: {@code samples[i]} is the signal at time {@code i / sampleRate} seconds,
 * in -1..1 (values slightly outside are possible after resampling).
 *
 * <p>The array belongs to this record; do not modify it.
 *
 * @param sampleRate samples per second
 * @param samples    the samples
 * @param warning    one line when the audio was damaged and only partly decoded
 */
public record PcmAudio(int sampleRate, float[] samples, Optional<String> warning) {
  public PcmAudio {
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(warning, "warning");
    if (sampleRate <= 0) {
      throw new IllegalArgumentException("sample rate must be > 0, was " + sampleRate);
    }
  }

  /** Length in seconds. */
  public double durationSeconds() {
    return (double) samples.length / sampleRate;
  }

  /** The samples as signed 16-bit PCM, clipped to -32768..32767. */
  public short[] toPcm16() {
    short[] pcm = new short[samples.length];
    for (int i = 0; i < samples.length; i++) {
      int value = Math.round(samples[i] * 32767f);
      pcm[i] = (short) Math.max(-32768, Math.min(32767, value));
    }
    return pcm;
  }
}
