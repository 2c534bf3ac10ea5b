package org.reeltrace.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.reeltrace.core.PostKey;

/**
 * How closely two posts' pictures agree where they share footage: the mean of their matched segments'
 * scores, weighted by segment length. Posts that were not matched with each other have no similarity.
 */
final class CopySimilarity {
  private final Map<Set<PostKey>, double[]> sums = new HashMap<>();

  CopySimilarity(List<PostMatch> matches) {
    for (PostMatch m : matches) {
      double[] sum = sums.computeIfAbsent(Set.of(m.a(), m.b()), k -> new double[2]);
      for (SharedSegment s : m.segments()) {
        double length = Math.max(s.aEnd() - s.aStart(), 1e-6);
        sum[0] += s.score() * length;
        sum[1] += length;
      }
    }
  }

  /** The similarity of two posts' matched footage, 0..1, or empty when they were not matched. */
  OptionalDouble of(PostKey a, PostKey b) {
    double[] sum = a.equals(b) ? null : sums.get(Set.of(a, b));
    return sum == null || sum[1] <= 0 ? OptionalDouble.empty() : OptionalDouble.of(sum[0] / sum[1]);
  }
}
