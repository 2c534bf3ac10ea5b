package org.reeltrace.bench.lineage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.bench.eval.Ffmpeg;

/**
 * Renders a planned post's video with the system FFmpeg: an original is cut from its footage clip, a
 * re-post is made from its parent's rendered video by the re-poster's edits. H.264 at 30 frames/s, no
 * sound; the container's {@code creation_time} is the planned one or absent.
 */
final class VideoRenderer {
  private VideoRenderer() {}

  static void render(StoryPost post, Path target, Path parentVideo) {
    List<String> args = new ArrayList<>();
    String filter;
    if (post.parent() == null) {
      args.addAll(List.of("-ss", ArchiveStory.f("%.3f", post.footageStart()), "-t",
          ArchiveStory.f("%.3f", post.duration()), "-i", post.footage().toString()));
      filter = "setsar=1";
    } else {
      Edits e = post.edits();
      double keep = ArchiveStory.length(post.parent()) - e.cutStart() - e.cutEnd();
      args.addAll(List.of("-ss", ArchiveStory.f("%.3f", e.cutStart()), "-t", ArchiveStory.f("%.3f", keep), "-i",
          parentVideo.toString()));
      filter = String.join(",", e.filters());
    }
    int crf = post.edits() == null ? 20 : post.edits().crf();
    args.addAll(List.of("-vf", filter + ",fps=30", "-c:v", "libx264", "-preset", "veryfast", "-crf",
        String.valueOf(crf), "-pix_fmt", "yuv420p", "-an", "-map_metadata", "-1"));
    if (post.fileCreated() != null) {
      args.addAll(List.of("-metadata", "creation_time=" + post.fileCreated()));
    }
    Ffmpeg.run(args, target);
  }

  /** The length of a video file in seconds, from ffprobe. */
  static double seconds(Path video) {
    return Ffmpeg.duration(video);
  }
}
