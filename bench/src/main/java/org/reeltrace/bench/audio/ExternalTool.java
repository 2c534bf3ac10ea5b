package org.reeltrace.bench.audio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs the system's sox, ffmpeg and espeak-ng, which make the evaluation queries. */
final class ExternalTool {
  private ExternalTool() {}

  /** Checks that each tool starts, failing with one line saying how to install it. */
  static void require(String... tools) {
    for (String tool : tools) {
      try {
        Process p = new ProcessBuilder(tool, tool.equals("ffmpeg") ? "-version" : "--version")
            .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor();
      } catch (IOException e) {
        throw new IllegalStateException(tool + " not found on PATH: install it with 'apt-get install -y "
            + tool + "'", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
  }

  /** Runs {@code command}, failing with its error output when it exits non-zero. */
  static void run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + output.strip());
      }
    } catch (IOException e) {
      throw new IllegalStateException(String.join(" ", command) + " did not start", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
