package org.reeltrace.store;

import java.time.Instant;
import java.util.Objects;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.PostKey;

/** A post's counts as one archive item saw them at {@code observedAt} (millisecond precision). */
public record EngagementSnapshot(PostKey post, Instant observedAt, Engagement counts) {
  public EngagementSnapshot {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(observedAt, "observedAt");
    Objects.requireNonNull(counts, "counts");
  }
}
