package org.reeltrace.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.reeltrace.analysis.LineageInput;
import org.reeltrace.analysis.LineagePost;
import org.reeltrace.analysis.PostMatch;
import org.reeltrace.analysis.SharedSegment;
import org.reeltrace.core.Channel;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.MediaFile;
import org.reeltrace.core.Post;
import org.reeltrace.core.PostKey;
import org.reeltrace.fingerprint.align.Dihedral;
import org.reeltrace.fingerprint.align.Segment;
import org.reeltrace.fingerprint.align.VideoMatch;
import org.reeltrace.store.FollowerSnapshot;
import org.reeltrace.store.PostMedia;
import org.reeltrace.store.Store;

/**
 * Builds the lineage stage's input from the store and the video matches: every stored post, and a
 * post-to-post match for each pair of posts whose videos share footage. Posts archived with the very
 * same video bytes share all of it. Handles read from on-screen platform watermarks (stored as signals)
 * become first-appearance evidence.
 */
final class LineageInputs {
  private LineageInputs() {}

  static LineageInput from(Store store, List<CopyMatch> videoMatches) {
    return from(store, videoMatches, match -> 1);
  }

  /**
   * The lineage input of the stored posts and these matches of their videos; {@code zoomOf} gives each
   * match's {@link PostMatch#zoom()} with its query video as {@code a}.
   */
  static LineageInput from(Store store, List<CopyMatch> videoMatches, ToDoubleFunction<VideoMatch> zoomOf) {
    List<LineagePost> posts = new ArrayList<>();
    Map<String, List<PostKey>> postsByVideo = new HashMap<>();
    Map<String, Double> durations = new HashMap<>();
    for (PostKey key : store.postKeys()) {
      Optional<Post> stored = store.post(key);
      if (stored.isEmpty()) {
        continue;
      }
      Post post = stored.get();
      List<PostMedia> media = store.mediaOf(key);
      for (PostMedia m : media) {
        postsByVideo.computeIfAbsent(m.file().sha256(), k -> new ArrayList<>()).add(key);
        durations.put(m.file().sha256(), videoSeconds(m.file()));
      }
      MediaFile file = media.isEmpty() ? null : media.get(0).file();
      Optional<Channel> channel = store.channel(post.channel());
      List<FollowerSnapshot> followers = store.followerHistory(post.channel());
      Engagement counts = store.engagement(key).orElse(Engagement.UNKNOWN);
      WatermarkHandles.Read watermarks = WatermarkHandles.of(store, key);
      posts.add(new LineagePost(
          key,
          post.channel(),
          channel.map(Channel::handle).orElse(null),
          post.postedAt(),
          post.caption() != null ? post.caption() : post.title(),
          counts.views(),
          followers.isEmpty() ? null : followers.get(followers.size() - 1).followers(),
          file == null ? null : file.width(),
          file == null ? null : file.height(),
          file == null ? null : file.createdAt(),
          watermarks.handles(),
          post.url(),
          watermarks.regions(),
          videoSeconds(file)));
    }
    List<PostMatch> matches = new ArrayList<>();
    for (CopyMatch found : videoMatches) {
      VideoMatch match = found.match();
      List<SharedSegment> segments = new ArrayList<>();
      for (Segment s : match.segments()) {
        segments.add(new SharedSegment(s.queryStart(), s.queryEnd(), s.referenceStart(), s.referenceEnd(),
            s.speed(), s.score()));
      }
      double zoom = zoomOf.applyAsDouble(match);
      boolean mirrored = mirrored(match);
      for (PostKey a : postsByVideo.getOrDefault(match.queryId(), List.of())) {
        for (PostKey b : postsByVideo.getOrDefault(match.referenceId(), List.of())) {
          if (!a.equals(b)) {
            matches.add(new PostMatch(a, b, segments, zoom, mirrored, found.view()));
          }
        }
      }
    }
    for (Map.Entry<String, List<PostKey>> sameBytes : postsByVideo.entrySet()) {
      List<PostKey> keys = sameBytes.getValue();
      Double duration = durations.get(sameBytes.getKey());
      if (keys.size() < 2 || duration == null) {
        continue;
      }
      for (int i = 0; i < keys.size(); i++) {
        for (int j = i + 1; j < keys.size(); j++) {
          matches.add(new PostMatch(keys.get(i), keys.get(j),
              List.of(new SharedSegment(0, duration, 0, duration, 1.0, 1.0))));
        }
      }
    }
    return new LineageInput(posts, matches);
  }

  /** The duration of the post's video, or null when it has none or FFmpeg did not tell. */
  private static Double videoSeconds(MediaFile file) {
    return file == null || file.durationSeconds() == null || !(file.durationSeconds() > 0) ? null
        : file.durationSeconds();
  }

  /** Whether most of the match's aligned seconds show one video's picture mirrored left to right. */
  static boolean mirrored(VideoMatch match) {
    double mirrored = 0;
    double all = 0;
    for (Segment s : match.segments()) {
      double seconds = s.queryEnd() - s.queryStart();
      all += seconds;
      if (s.variant() == Dihedral.MIRRORED) {
        mirrored += seconds;
      }
    }
    return mirrored > all / 2;
  }
}
