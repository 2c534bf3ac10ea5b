package org.reeltrace.fingerprint.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.reeltrace.fingerprint.PdqHash;

/**
 * Synthetic "footage" for aligner tests: a content timeline of 256-bit frame hashes at 10 ticks per
 * second, cut into scenes. A new scene starts from a random hash; inside a scene each tick flips a
 * few random bits (camera motion), or none for a still shot. Videos sample the timeline and add
 * re-encoding noise (random flipped bits per sampled frame).
 */
final class SyntheticFootage {
  static final double TICKS_PER_SECOND = 10;

  private final long[][] ticks;

  private SyntheticFootage(long[][] ticks) {
    this.ticks = ticks;
  }

  /** Footage of scenes 2..8 s long, each tick flipping {@code driftBits} bits. */
  static SyntheticFootage scenes(Random rng, double seconds, int driftBits) {
    return build(rng, seconds, 2, 8, driftBits, -1, -1);
  }

  /** Like {@link #scenes} but with a still shot (no drift) from {@code stillStart} to {@code stillEnd}. */
  static SyntheticFootage withStill(Random rng, double seconds, int driftBits, double stillStart,
      double stillEnd) {
    return build(rng, seconds, 2, 8, driftBits, stillStart, stillEnd);
  }

  private static SyntheticFootage build(Random rng, double seconds, double minScene,
      double maxScene, int driftBits, double stillStart, double stillEnd) {
    int n = (int) Math.ceil(seconds * TICKS_PER_SECOND) + 1;
    long[][] ticks = new long[n][];
    long[] current = randomHash(rng);
    int sceneEnd = 0;
    boolean inStill = false;
    for (int k = 0; k < n; k++) {
      double t = k / TICKS_PER_SECOND;
      boolean still = t >= stillStart && t < stillEnd;
      if (still != inStill) {
        current = randomHash(rng);
        inStill = still;
        sceneEnd = k + (int) ((minScene + rng.nextDouble() * (maxScene - minScene)) * TICKS_PER_SECOND);
      } else if (k >= sceneEnd && !still) {
        current = randomHash(rng);
        sceneEnd = k + (int) ((minScene + rng.nextDouble() * (maxScene - minScene)) * TICKS_PER_SECOND);
      } else if (!still) {
        current = current.clone();
        for (int b = 0; b < driftBits; b++) {
          flip(current, rng.nextInt(256));
        }
      }
      ticks[k] = current;
    }
    return new SyntheticFootage(ticks);
  }

  double duration() {
    return (ticks.length - 1) / TICKS_PER_SECOND;
  }

  /** The content hash at time t (seconds), clamped to the footage. */
  long[] at(double t) {
    int k = (int) Math.floor(t * TICKS_PER_SECOND + 1e-9);
    return ticks[Math.max(0, Math.min(ticks.length - 1, k))];
  }

  /** The whole footage sampled at {@code fps}, with {@code noiseBits} flipped bits per frame. */
  VideoFingerprint video(String id, double fps, int noiseBits, Random rng) {
    List<FrameHash> frames = new ArrayList<>();
    double duration = duration();
    for (int k = 0; k / fps < duration - 1e-9; k++) {
      frames.add(frame(k / fps, noisy(at(k / fps), noiseBits, rng), 100));
    }
    return new VideoFingerprint(id, duration, fps, frames);
  }

  static long[] randomHash(Random rng) {
    return new long[] {rng.nextLong(), rng.nextLong(), rng.nextLong(), rng.nextLong()};
  }

  static long[] noisy(long[] hash, int bits, Random rng) {
    long[] copy = hash.clone();
    for (int b = 0; b < bits; b++) {
      flip(copy, rng.nextInt(256));
    }
    return copy;
  }

  static void flip(long[] hash, int bit) {
    hash[bit >> 6] ^= 1L << (bit & 63);
  }

  static FrameHash frame(double seconds, long[] h, int quality) {
    return new FrameHash(seconds, new PdqHash(h[0], h[1], h[2], h[3]), quality);
  }
}
