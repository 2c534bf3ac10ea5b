package org.reeltrace.app;

import java.util.Objects;
import org.reeltrace.analysis.MatchView;
import org.reeltrace.fingerprint.align.VideoMatch;

/** A stored video that shares footage with a query ({@link CopyIndex}), and which pictures of theirs matched. */
record CopyMatch(VideoMatch match, MatchView view) {
  CopyMatch {
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(view, "view");
  }
}
