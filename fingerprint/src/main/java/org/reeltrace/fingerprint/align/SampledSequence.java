package org.reeltrace.fingerprint.align;

import java.util.ArrayList;
import java.util.List;
import org.reeltrace.fingerprint.PdqHash;

/**
 * A video's frames flattened into arrays for the inner loops, thinned to a maximum sample rate.
 * Hash words of frame {@code i}, variant {@code v} sit at {@code words[(i * variantCount + v) * 4]}.
 */
final class SampledSequence {
  final String videoId;
  final int size;
  final int variantCount;
  final Dihedral[] variants;
  final double[] times;
  final int[] quality;
  final long[] words;
  /** Seconds between two kept samples. */
  final double interval;
  final double duration;

  private SampledSequence(String videoId, List<List<FrameHash>> variantFrames, Dihedral[] variants,
      double interval, double duration, int step) {
    this.videoId = videoId;
    this.variants = variants;
    this.variantCount = variants.length;
    List<FrameHash> original = variantFrames.get(0);
    this.size = (original.size() + step - 1) / step;
    this.times = new double[size];
    this.quality = new int[size];
    this.words = new long[size * variantCount * 4];
    for (int i = 0; i < size; i++) {
      FrameHash frame = original.get(i * step);
      times[i] = frame.seconds();
      quality[i] = frame.quality();
      for (int v = 0; v < variantCount; v++) {
        PdqHash h = variantFrames.get(v).get(i * step).hash();
        int at = (i * variantCount + v) * 4;
        words[at] = h.w0();
        words[at + 1] = h.w1();
        words[at + 2] = h.w2();
        words[at + 3] = h.w3();
      }
    }
    this.interval = interval * step;
    this.duration = duration;
  }

  static SampledSequence of(QueryFingerprint query, double maxSamplesPerSecond) {
    List<Dihedral> used = new ArrayList<>();
    List<List<FrameHash>> frames = new ArrayList<>();
    for (Dihedral d : Dihedral.values()) {
      List<FrameHash> f = query.frames(d);
      if (f != null) {
        used.add(d);
        frames.add(f);
      }
    }
    VideoFingerprint video = query.video();
    return new SampledSequence(video.videoId(), frames, used.toArray(new Dihedral[0]),
        video.sampleInterval(), video.effectiveDuration(), step(video, maxSamplesPerSecond));
  }

  static SampledSequence of(VideoFingerprint video, double maxSamplesPerSecond) {
    return new SampledSequence(video.videoId(), List.of(video.frames()),
        new Dihedral[] {Dihedral.ORIGINAL}, video.sampleInterval(), video.effectiveDuration(),
        step(video, maxSamplesPerSecond));
  }

  private static int step(VideoFingerprint video, double maxSamplesPerSecond) {
    return Math.max(1, (int) Math.ceil(video.framesPerSecond() / maxSamplesPerSecond - 1e-9));
  }

  /** The smallest distance between query frame {@code i} (any variant) and frame {@code j} of the
   * reference, packed as {@code distance * 8 + variantIndex}. */
  int minDistance(int i, SampledSequence reference, int j) {
    long[] r = reference.words;
    int rAt = j * 4;
    long r0 = r[rAt];
    long r1 = r[rAt + 1];
    long r2 = r[rAt + 2];
    long r3 = r[rAt + 3];
    int best = Integer.MAX_VALUE;
    int at = i * variantCount * 4;
    for (int v = 0; v < variantCount; v++, at += 4) {
      int d = Long.bitCount(words[at] ^ r0) + Long.bitCount(words[at + 1] ^ r1)
          + Long.bitCount(words[at + 2] ^ r2) + Long.bitCount(words[at + 3] ^ r3);
      int packed = d * 8 + v;
      if (packed < best) {
        best = packed;
      }
    }
    return best;
  }
}
