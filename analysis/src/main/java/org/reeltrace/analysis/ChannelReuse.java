package org.reeltrace.analysis;

import java.util.List;
import java.util.Objects;
import org.reeltrace.core.ChannelKey;

/**
 * How much of a channel's output is footage first seen elsewhere.
 *
 * @param channel               the channel
 * @param handle                its handle
 * @param posts                 its posts in the archive
 * @param matchedPosts          its posts in at least one footage cluster
 * @param originals             its posts that are the first appearance of footage other channels reused
 * @param reusedByOthers        other channels' posts that lifted from this channel
 * @param firstSeenElsewhere    its posts with footage whose first appearance is on another channel
 * @param firstSeenElsewhereShare {@code firstSeenElsewhere / posts}
 * @param oldFootage            its posts with footage first seen more than {@code oldFootageDays} days earlier
 * @param oldFootageShare       {@code oldFootage / posts}
 * @param oldFootageDays        the N of "older than N days"
 * @param topSources            the channels it lifted from most, most first
 */
public record ChannelReuse(
    ChannelKey channel, String handle, int posts, int matchedPosts, int originals, int reusedByOthers,
    int firstSeenElsewhere, double firstSeenElsewhereShare, int oldFootage, double oldFootageShare,
    int oldFootageDays, List<SourceCount> topSources) {
  public ChannelReuse {
    Objects.requireNonNull(channel, "channel");
    if (posts < 0 || matchedPosts > posts || firstSeenElsewhere > posts || oldFootage > posts) {
      throw new IllegalArgumentException("counts of channel " + channel + " are inconsistent: posts " + posts
          + ", matched " + matchedPosts + ", first seen elsewhere " + firstSeenElsewhere + ", old " + oldFootage);
    }
    topSources = topSources == null ? List.of() : List.copyOf(topSources);
  }
}
