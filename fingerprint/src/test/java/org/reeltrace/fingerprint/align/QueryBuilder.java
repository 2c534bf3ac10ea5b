package org.reeltrace.fingerprint.align;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Builds a query video from pieces (copies of a reference's footage at some speed, or unrelated
 * footage), sampled at a frame rate with re-encoding noise, and remembers the true segments.
 */
final class QueryBuilder {
  /** A true segment: query [qStart, qEnd) shows reference [rStart, rEnd). */
  record Truth(double qStart, double qEnd, double rStart, double rEnd, double speed) {}

  private record Piece(SyntheticFootage footage, double start, double speed, double duration,
      boolean copy) {}

  private final List<Piece> pieces = new ArrayList<>();
  private final List<Truth> truths = new ArrayList<>();
  private double length;
  private Dihedral transform = Dihedral.ORIGINAL;

  /** Appends {@code duration} query seconds showing the footage from {@code start} at {@code speed}. */
  QueryBuilder copy(SyntheticFootage footage, double start, double speed, double duration) {
    pieces.add(new Piece(footage, start, speed, duration, true));
    truths.add(new Truth(length, length + duration, start, start + speed * duration, speed));
    length += duration;
    return this;
  }

  /** Appends unrelated footage. */
  QueryBuilder foreign(Random rng, double duration) {
    pieces.add(new Piece(SyntheticFootage.scenes(rng, duration + 1, 1), 0, 1, duration, false));
    length += duration;
    return this;
  }

  /** The upload was transformed (e.g. MIRRORED): its decoded frames hash differently. */
  QueryBuilder transformed(Dihedral transform) {
    this.transform = transform;
    return this;
  }

  List<Truth> truths() {
    return truths;
  }

  double length() {
    return length;
  }

  /** The query without variants. */
  QueryFingerprint build(String id, double fps, int noiseBits, Random rng) {
    return build(id, fps, noiseBits, rng, false);
  }

  /**
   * The query, optionally with all eight dihedral variants. A transform T is modelled as XOR
   * with a fixed random mask per variant: hashing the upload's frame in variant V gives the
   * content hash when V undoes T, and an unrelated-looking hash otherwise.
   */
  QueryFingerprint build(String id, double fps, int noiseBits, Random rng, boolean allVariants) {
    Map<Dihedral, List<FrameHash>> frames = new EnumMap<>(Dihedral.class);
    for (Dihedral v : Dihedral.values()) {
      frames.put(v, new ArrayList<>());
    }
    double pieceStart = 0;
    int k = 0;
    for (Piece piece : pieces) {
      double pieceEnd = pieceStart + piece.duration;
      for (; k / fps < pieceEnd - 1e-9; k++) {
        double t = k / fps;
        long[] content = SyntheticFootage.noisy(
            piece.footage.at(piece.start + piece.speed * (t - pieceStart)), noiseBits, rng);
        for (Dihedral v : Dihedral.values()) {
          long[] h = content.clone();
          if (v != transform) {
            long[] mask = mask(v, transform);
            for (int w = 0; w < 4; w++) {
              h[w] ^= mask[w];
            }
          }
          frames.get(v).add(SyntheticFootage.frame(t, h, 100));
        }
      }
      pieceStart = pieceEnd;
    }
    VideoFingerprint video = new VideoFingerprint(id, length, fps, frames.get(Dihedral.ORIGINAL));
    QueryFingerprint query = QueryFingerprint.of(video);
    if (allVariants) {
      for (Dihedral v : Dihedral.values()) {
        if (v != Dihedral.ORIGINAL) {
          query = query.withVariant(v, frames.get(v));
        }
      }
    }
    return query;
  }

  private static long[] mask(Dihedral variant, Dihedral transform) {
    return SyntheticFootage.randomHash(new Random(variant.ordinal() * 31L + transform.ordinal()));
  }
}
