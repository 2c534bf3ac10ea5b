package org.reeltrace.bench.lineage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a planned post's video with the system FFmpeg: an original is cut from its footage clip, a
 * re-post is made from its parent's rendered video by the re-poster's edits. H.264 at 30 frames/s, no
 * sound; the container's {@code creation_time} is the planned one or absent.
 */
final class VideoRenderer {
  static final String INSTALL_HINT = "ffmpeg not found on PATH: install it with 'apt-get install -y ffmpeg'";

  private VideoRenderer() {}

  static void render(StoryPost post, Path target, Path parentVideo) {
    List<String> command = new ArrayList<>(List.of("ffmpeg", "-y", "-nostdin", "-v", "error"));
    String filter;
    if (post.parent() == null) {
      command.addAll(List.of("-ss", ArchiveStory.f("%.3f", post.footageStart()), "-t",
          ArchiveStory.f("%.3f", post.duration()), "-i", post.footage().toString()));
      filter = "setsar=1";
    } else {
      Edits e = post.edits();
      double keep = ArchiveStory.length(post.parent()) - e.cutStart() - e.cutEnd();
      command.addAll(List.of("-ss", String.valueOf(e.cutStart()), "-t", ArchiveStory.f("%.3f", keep), "-i",
          parentVideo.toString()));
      filter = String.join(",", e.filters());
    }
    int crf = post.edits() == null ? 20 : post.edits().crf();
    command.addAll(List.of("-vf", filter + ",fps=30", "-c:v", "libx264", "-preset", "veryfast", "-crf",
        String.valueOf(crf), "-pix_fmt", "yuv420p", "-an", "-map_metadata", "-1"));
    if (post.fileCreated() != null) {
      command.addAll(List.of("-metadata", "creation_time=" + post.fileCreated()));
    }
    Path partial = target.resolveSibling("partial-" + target.getFileName());
    command.add(partial.toString());
    run(command);
    try {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("ffmpeg made no " + target + ": " + e.getMessage(), e);
    }
  }

  /** The length of a video file in seconds, from ffprobe. */
  static double seconds(Path video) {
    String out = run(List.of("ffprobe", "-v", "error", "-show_entries", "format=duration", "-of",
        "default=noprint_wrappers=1:nokey=1", video.toString()));
    try {
      return Double.parseDouble(out.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(video + ": ffprobe gave no duration (" + out.strip() + ")", e);
    }
  }

  private static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(command.get(0) + " failed: " + String.join(" ", command) + "\n" + out.strip());
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException(INSTALL_HINT, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted: " + String.join(" ", command), e);
    }
  }
}
