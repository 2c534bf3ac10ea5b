package org.reeltrace.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.reeltrace.core.PostKey;

/**
 * How closely two posts' pictures agree where they share footage: the mean of their matched segments'
 * scores, weighted by segment length. Posts that were not matched with each other have no similarity.
 * Also how many seconds of one post the match with another covers, which seconds of the other they
 * show and at what speed.
 */
final class CopySimilarity {
  private final Map<Set<PostKey>, double[]> sums = new HashMap<>();
  /** (post, other post) → the match's segments with the post as a. */
  private final Map<List<PostKey>, List<SharedSegment>> segments = new HashMap<>();
  /** (post, other post) → {@link PostMatch#zoom()} with the post as a. */
  private final Map<List<PostKey>, Double> zooms = new HashMap<>();
  private final Map<Set<PostKey>, MatchView> views = new HashMap<>();
  private final Map<Set<PostKey>, Boolean> mirrors = new HashMap<>();

  CopySimilarity(List<PostMatch> matches) {
    for (PostMatch m : matches) {
      zooms.put(List.of(m.a(), m.b()), m.zoom());
      zooms.put(List.of(m.b(), m.a()), 1 / m.zoom());
      views.merge(Set.of(m.a(), m.b()), m.view(), (x, y) -> x.wholePictures() ? x : y);
      mirrors.merge(Set.of(m.a(), m.b()), m.mirrored(), Boolean::logicalOr);
      for (SharedSegment s : m.segments()) {
        segments.computeIfAbsent(List.of(m.a(), m.b()), k -> new ArrayList<>()).add(s);
        segments.computeIfAbsent(List.of(m.b(), m.a()), k -> new ArrayList<>()).add(s.swapped());
      }
      double[] sum = sums.computeIfAbsent(Set.of(m.a(), m.b()), k -> new double[2]);
      for (SharedSegment s : m.segments()) {
        double length = Math.max(s.aEnd() - s.aStart(), 1e-6);
        sum[0] += s.score() * length;
        sum[1] += length;
      }
    }
  }

  /** Seconds of {@code post} that its match with {@code other} covers (overlapping segments counted once); 0 when unmatched. */
  double coveredSeconds(PostKey post, PostKey other) {
    List<SharedSegment> list = new ArrayList<>(segments.getOrDefault(List.of(post, other), List.of()));
    list.sort(Comparator.comparingDouble(SharedSegment::aStart));
    double covered = 0;
    double start = Double.NaN;
    double end = Double.NaN;
    for (SharedSegment span : list) {
      if (Double.isNaN(start) || span.aStart() > end) {
        covered += Double.isNaN(start) ? 0 : end - start;
        start = span.aStart();
        end = span.aEnd();
      } else {
        end = Math.max(end, span.aEnd());
      }
    }
    return Double.isNaN(start) ? covered : covered + end - start;
  }

  /**
   * The seconds of {@code other} that its match with {@code post} covers, from the first segment's start
   * to the last one's end; empty when unmatched.
   */
  Optional<SecondsRange> otherSeconds(PostKey post, PostKey other) {
    List<SharedSegment> list = segments.getOrDefault(List.of(post, other), List.of());
    if (list.isEmpty()) {
      return Optional.empty();
    }
    double start = list.stream().mapToDouble(SharedSegment::bStart).min().orElseThrow();
    double end = list.stream().mapToDouble(SharedSegment::bEnd).max().orElseThrow();
    return Optional.of(new SecondsRange(start, end));
  }

  /**
   * How many seconds of {@code other} pass per second of {@code post} where they match (the segments'
   * speeds, weighted by length): above 1, the post plays the footage faster; empty when unmatched.
   */
  OptionalDouble speed(PostKey post, PostKey other) {
    double sum = 0;
    double length = 0;
    for (SharedSegment s : segments.getOrDefault(List.of(post, other), List.of())) {
      double l = Math.max(s.aEnd() - s.aStart(), 1e-6);
      sum += s.speed() * l;
      length += l;
    }
    return length > 0 ? OptionalDouble.of(sum / length) : OptionalDouble.empty();
  }

  /**
   * How {@code post}'s picture frames {@code other}'s: below 1, it shows only that centre share of the
   * other's width and height (it zoomed in); 1 when alike, unknown or not matched.
   */
  double zoom(PostKey post, PostKey other) {
    return zooms.getOrDefault(List.of(post, other), 1.0);
  }

  /** Whether one post shows the other's picture mirrored left to right; false when not matched. */
  boolean mirrored(PostKey a, PostKey b) {
    return mirrors.getOrDefault(Set.of(a, b), false);
  }

  /** Which pictures of two posts matched ({@link MatchView}); empty when they were not matched. */
  Optional<MatchView> view(PostKey a, PostKey b) {
    return Optional.ofNullable(views.get(Set.of(a, b)));
  }

  /** The similarity of two posts' matched footage, 0..1, or empty when they were not matched. */
  OptionalDouble of(PostKey a, PostKey b) {
    double[] sum = a.equals(b) ? null : sums.get(Set.of(a, b));
    return sum == null || sum[1] <= 0 ? OptionalDouble.empty() : OptionalDouble.of(sum[0] / sum[1]);
  }
}
