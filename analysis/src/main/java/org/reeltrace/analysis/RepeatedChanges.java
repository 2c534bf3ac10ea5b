package org.reeltrace.analysis;

import java.util.Optional;
import org.reeltrace.core.PostKey;

/**
 * How much of an earlier copy's change to the original's picture a post repeats, measured frame by frame
 * where the three show the same footage. A re-post carries every change of the copy it was made from; a
 * sibling made from the original repeats only what it changed the same way by chance.
 */
@FunctionalInterface
public interface RepeatedChanges {
  /** Nothing measured: no post's source is ruled out by this. */
  RepeatedChanges NONE = (post, copy, origin) -> Optional.empty();

  /** The measure for {@code post}, the earlier {@code copy} and the cluster's {@code origin}; empty when not known. */
  Optional<Measure> of(PostKey post, PostKey copy, PostKey origin);

  /**
   * @param frames          frames compared (the post's sampled frames where all three show the footage)
   * @param copyChangedBits mean PDQ bits per frame in which the copy's frame differs from the origin's
   * @param repeatedShare   the share of those bits in which the post's frame equals the copy's, 0..1
   */
  record Measure(int frames, double copyChangedBits, double repeatedShare) {
    public Measure {
      if (frames < 0 || !(copyChangedBits >= 0) || !(repeatedShare >= 0 && repeatedShare <= 1)) {
        throw new IllegalArgumentException("measure needs frames >= 0, changed bits >= 0 and a share 0..1, was "
            + frames + ", " + copyChangedBits + ", " + repeatedShare);
      }
    }
  }
}
