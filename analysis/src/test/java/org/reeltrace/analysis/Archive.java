package org.reeltrace.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/** Builds small hand-made lineage inputs for tests. */
final class Archive {
  private final List<LineagePost> posts = new ArrayList<>();
  private final List<PostMatch> matches = new ArrayList<>();

  static PostKey key(String platform, String id) {
    return new PostKey(platform, id);
  }

  static PostKey tt(String id) {
    return key("tiktok", id);
  }

  static ChannelKey channel(String platform, String handle) {
    return new ChannelKey(platform, handle);
  }

  Archive post(String id, String handle, String postedAt) {
    return post("tiktok", id, handle, postedAt);
  }

  Archive post(String platform, String id, String handle, String postedAt) {
    posts.add(LineagePost.of(key(platform, id), channel(platform, handle),
        postedAt == null ? null : Instant.parse(postedAt)));
    return this;
  }

  /** A TikTok post whose video frame is width x height pixels. */
  Archive framed(String id, String handle, String postedAt, int width, int height) {
    return add(new LineagePost(tt(id), channel("tiktok", handle), handle, Instant.parse(postedAt), null, null, null,
        width, height, null, List.of(), null));
  }

  /** A TikTok post whose video runs the given seconds. */
  Archive lasting(String id, String handle, String postedAt, double videoSeconds) {
    return add(new LineagePost(tt(id), channel("tiktok", handle), handle, Instant.parse(postedAt), null, null, null,
        null, null, null, List.of(), null, List.of(), videoSeconds));
  }

  /** Posts a and b (TikTok ids) share ten seconds with the given match score. */
  Archive scored(String a, String b, double score) {
    return match(new PostMatch(tt(a), tt(b), List.of(new SharedSegment(0, 10, 0, 10, 1.0, score))));
  }

  Archive add(LineagePost p) {
    posts.add(p);
    return this;
  }

  /** Posts a and b (TikTok ids) share the given seconds, at speed 1. */
  Archive match(String a, String b, double aStart, double aEnd, double bStart) {
    return match(tt(a), tt(b), aStart, aEnd, bStart);
  }

  Archive match(PostKey a, PostKey b, double aStart, double aEnd, double bStart) {
    matches.add(new PostMatch(a, b, List.of(SharedSegment.of(aStart, aEnd, bStart, bStart + (aEnd - aStart)))));
    return this;
  }

  Archive match(PostMatch m) {
    matches.add(m);
    return this;
  }

  LineageInput input() {
    return new LineageInput(posts, matches);
  }

  LineageReport analyze() {
    return Lineage.analyze(input(), LineageOptions.defaults());
  }
}
