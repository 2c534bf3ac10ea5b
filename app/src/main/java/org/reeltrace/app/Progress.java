package org.reeltrace.app;

import java.io.PrintStream;

/**
 * A progress bar on stderr for long runs. It draws only when the process runs in a terminal, so logs
 * and pipes receive nothing but the one-line error messages.
 */
final class Progress {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream terminal;
  private String label = "";
  private long total;
  private long done;
  private long started;
  private long lastDraw;
  private boolean drawn;

  private Progress(PrintStream terminal) {
    this.terminal = terminal;
  }

  /** A bar on stderr when a console is attached; otherwise one that draws nothing. */
  static Progress onConsole() {
    return new Progress(System.console() == null ? null : System.err);
  }

  /** A bar that never draws. */
  static Progress silent() {
    return new Progress(null);
  }

  void start(String label, long total) {
    this.label = label;
    this.total = total;
    this.done = 0;
    this.started = System.nanoTime();
    this.lastDraw = 0;
  }

  void advance(long steps) {
    done += steps;
    long now = System.nanoTime();
    if (terminal != null && now - lastDraw > REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  /** Clears the bar so that a message can be printed on a line of its own. */
  void interrupt() {
    if (terminal != null && drawn) {
      terminal.print("\r\033[K");
      terminal.flush();
      drawn = false;
    }
  }

  void finish() {
    if (terminal != null && drawn) {
      draw(System.nanoTime());
      terminal.println();
      drawn = false;
    }
  }

  private void draw(long now) {
    int width = 30;
    int filled = total == 0 ? width : (int) Math.min(width, done * width / total);
    double seconds = (now - started) / 1e9;
    String eta = "";
    if (done > 0 && done < total) {
      eta = String.format(" ETA %ds", Math.round(seconds / done * (total - done)));
    }
    terminal.printf(
        "\r%s [%s%s] %d/%d %.0fs%s\033[K",
        label, "#".repeat(filled), " ".repeat(width - filled), done, total, seconds, eta);
    terminal.flush();
    drawn = true;
  }
}
