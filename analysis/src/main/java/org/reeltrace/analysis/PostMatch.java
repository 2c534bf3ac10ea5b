package org.reeltrace.analysis;

import java.util.List;
import java.util.Objects;
import org.reeltrace.core.PostKey;

/**
 * Two posts that share footage, and which seconds: each segment's a-times are in post {@code a},
 * its b-times in post {@code b}.
 *
 * @param zoom how a's picture frames b's: below 1, a shows only the centre {@code zoom} of b's width
 *             and height (a zoomed in, cropping the edges); above 1, b shows the centre {@code 1/zoom}
 *             of a's; 1 when both frame the footage alike or it is not known (0, as read from JSON
 *             written before this field existed, is read as 1)
 * @param mirrored whether one post shows the other's picture mirrored left to right (over most of the
 *             matched seconds); false when not or not known
 * @param view     which pictures matched, and so which the segments' scores measure; whole pictures when not
 *             known (null, as read from JSON written before this field existed)
 */
public record PostMatch(PostKey a, PostKey b, List<SharedSegment> segments, double zoom, boolean mirrored,
    MatchView view) {
  public PostMatch {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.equals(b)) {
      throw new IllegalArgumentException("a match needs two different posts, was " + a + " twice");
    }
    segments = segments == null ? List.of() : List.copyOf(segments);
    view = view == null ? MatchView.WHOLE_PICTURES : view;
    if (zoom == 0) {
      zoom = 1;
    }
    if (!(zoom > 0) || Double.isInfinite(zoom)) {
      throw new IllegalArgumentException("zoom must be a number > 0, was " + zoom + " for " + a + " and " + b);
    }
  }

  /** A match of whole pictures. */
  public PostMatch(PostKey a, PostKey b, List<SharedSegment> segments, double zoom, boolean mirrored) {
    this(a, b, segments, zoom, mirrored, MatchView.WHOLE_PICTURES);
  }

  /** A match of whole pictures that show the picture the same way round (or not known to differ). */
  public PostMatch(PostKey a, PostKey b, List<SharedSegment> segments, double zoom) {
    this(a, b, segments, zoom, false);
  }

  /** A match of whole pictures that frame the footage alike and the same way round (or not known to differ). */
  public PostMatch(PostKey a, PostKey b, List<SharedSegment> segments) {
    this(a, b, segments, 1);
  }
}
