package org.reeltrace.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.align.Dihedral;
import org.reeltrace.fingerprint.align.FrameHash;
import org.reeltrace.fingerprint.align.QueryFingerprint;
import org.reeltrace.fingerprint.align.VideoFingerprint;

/**
 * One window of every sampled picture of a video, hashed with PDQ as it is and mirrored left to right
 * (low-quality frames left out, so the times are the window's own).
 *
 * @param seconds   each kept frame's time
 * @param originals each kept frame's PDQ hash of the window
 * @param mirrored  the hash of the window mirrored left to right, same order
 * @param qualities each hash's PDQ quality, 0..100, same order
 */
record WindowTrack(List<Double> seconds, List<PdqHash> originals, List<PdqHash> mirrored, List<Integer> qualities) {
  /** A track of no frames. */
  static final WindowTrack EMPTY = new WindowTrack(List.of(), List.of(), List.of(), List.of());

  WindowTrack {
    seconds = List.copyOf(seconds);
    originals = List.copyOf(originals);
    mirrored = List.copyOf(mirrored);
    qualities = List.copyOf(qualities);
    int n = seconds.size();
    if (originals.size() != n || mirrored.size() != n || qualities.size() != n) {
      throw new IllegalArgumentException("times, hashes, mirrored hashes and qualities must pair up, were " + n
          + ", " + originals.size() + ", " + mirrored.size() + " and " + qualities.size());
    }
  }

  /** The number of hashed frames. */
  int size() {
    return seconds.size();
  }

  /** This window as the query side of an alignment: as it is, and mirrored. */
  QueryFingerprint asQuery(String id, double durationSeconds, double framesPerSecond) {
    return new QueryFingerprint(new VideoFingerprint(id, durationSeconds, framesPerSecond, frames(originals)),
        Map.of(Dihedral.MIRRORED, frames(mirrored)));
  }

  /** This window as the reference side of an alignment. */
  VideoFingerprint asReference(String id, double durationSeconds, double framesPerSecond) {
    return new VideoFingerprint(id, durationSeconds, framesPerSecond, frames(originals));
  }

  private List<FrameHash> frames(List<PdqHash> hashes) {
    List<FrameHash> out = new ArrayList<>(hashes.size());
    for (int i = 0; i < hashes.size(); i++) {
      out.add(new FrameHash(seconds.get(i), hashes.get(i), qualities.get(i)));
    }
    return out;
  }
}
