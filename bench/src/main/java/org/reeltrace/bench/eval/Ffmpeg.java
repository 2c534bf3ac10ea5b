package org.reeltrace.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The system FFmpeg command-line tools, used to make the evaluation corpus.
 *
 * <p>The harness is a developer tool, so FFmpeg is not bundled: {@link #require()} fails with one
 * line saying how to install it.
 */
public final class Ffmpeg {
  static final String INSTALL_HINT = "ffmpeg not found on PATH: install it with 'apt-get install -y ffmpeg'";

  private Ffmpeg() {
  }

  /** Checks that {@code ffmpeg} and {@code ffprobe} run. */
  public static void require() {
    for (String tool : List.of("ffmpeg", "ffprobe")) {
      try {
        Process p = new ProcessBuilder(tool, "-version").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() != 0) {
          throw new IllegalStateException(INSTALL_HINT);
        }
      } catch (IOException e) {
        throw new IllegalStateException(INSTALL_HINT, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while looking for " + tool, e);
      }
    }
  }

  /**
   * Runs {@code ffmpeg -y -v error ARGS OUTPUT}, writing to a temporary file first and renaming it
   * to {@code output} on success, so an interrupted run leaves no half-written video behind.
   */
  public static void run(List<String> args, Path output) {
    Path temporary = output.resolveSibling("partial-" + output.getFileName());
    List<String> command = new ArrayList<>(List.of("ffmpeg", "-y", "-nostdin", "-v", "error"));
    command.addAll(args);
    command.add(temporary.toString());
    String errors = execute(command);
    try {
      Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new IllegalStateException("ffmpeg made no " + output + " (" + errors.strip() + ")", e);
    }
  }

  /** The duration of a video's first video stream, in seconds (from ffprobe). */
  public static double duration(Path video) {
    String out = execute(List.of("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries",
        "format=duration", "-of", "default=noprint_wrappers=1:nokey=1", video.toString()));
    try {
      return Double.parseDouble(out.strip());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(video + ": ffprobe gave no duration (" + out.strip() + ")", e);
    }
  }

  private static String execute(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int exit = p.waitFor();
      if (exit != 0) {
        throw new IllegalStateException(command.get(0) + " failed (exit " + exit + "): "
            + String.join(" ", command) + "\n" + out.strip());
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
