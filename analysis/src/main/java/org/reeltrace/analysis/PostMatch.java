package org.reeltrace.analysis;

import java.util.List;
import java.util.Objects;
import org.reeltrace.core.PostKey;

/**
 * Two posts that share footage, and which seconds: each segment's a-times are in post {@code a},
 * its b-times in post {@code b}.
 */
public record PostMatch(PostKey a, PostKey b, List<SharedSegment> segments) {
  public PostMatch {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a match needs two different posts, was " + a + " twice");
    }
    segments = segments == null ? List.of() : List.copyOf(segments);
  }
}
