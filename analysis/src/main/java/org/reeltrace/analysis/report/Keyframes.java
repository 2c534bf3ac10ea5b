package org.reeltrace.analysis.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.reeltrace.core.PostKey;

/** Keyframe images the HTML report may embed: one JPEG per (post, whole second), where available. */
public interface Keyframes {
  /** The JPEG bytes of {@code post} at {@code second}, or empty. */
  Optional<byte[]> jpeg(PostKey post, int second);

  /** No keyframes: the report shows times only. */
  static Keyframes none() {
    return (post, second) -> Optional.empty();
  }

  /** Keyframes from a map; the map is copied. */
  static Keyframes of(Map<Keyframe, byte[]> frames) {
    Map<Keyframe, byte[]> copy = new HashMap<>(frames);
    return (post, second) -> Optional.ofNullable(copy.get(new Keyframe(post, second)));
  }

  /** The key of one keyframe. */
  record Keyframe(PostKey post, int second) {
    public Keyframe {
      java.util.Objects.requireNonNull(post, "post");
      if (second < 0) {
        throw new IllegalArgumentException("second must be >= 0, was " + second);
      }
    }
  }
}
