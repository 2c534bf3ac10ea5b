package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's {@code report.html} opened from disk in real headless Chromium (installed by
 * scripts/test.sh): it renders, and nothing is written to the browser console.
 */
class ReportInChromiumTest {
  @TempDir Path dir;

  @Test
  void theDemoReportOpensInChromiumWithoutConsoleMessages() throws Exception {
    Path out = dir.resolve("demo");
    CommandRun demo = CommandRun.of("demo", "--out", out.toString(), "--archive", Path.of("..", "demo", "archive").toString());
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    // The lifted clips carry TikTok's moving watermark, the Douyin re-post Douyin's: Tesseract reads both.
    assertThat(Files.readString(out.resolve("report.json")))
        .contains("uploader:tiktok:@mina.makes", "uploader:douyin:抖音号:jiangbian_xd", "\"indicates\" : \"outsider\"");
    Path report = out.resolve("report.html");

    Path log = dir.resolve("chromium.log");
    Path dom = dir.resolve("dom.html");
    Process chromium = new ProcessBuilder(List.of(
            chromium(), "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=3000", "--dump-dom", report.toUri().toString()))
        .redirectOutput(dom.toFile())
        .redirectError(log.toFile())
        .start();
    assertThat(chromium.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();

    assertThat(chromium.exitValue()).isZero();
    assertThat(Files.readString(dom)).contains("ReelTrace lineage report");
    assertThat(Files.readAllLines(log)).noneMatch(line -> line.contains(":CONSOLE"));
  }

  private static String chromium() throws IOException {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return candidate;
      }
    }
    throw new AssertionError("Chromium not found: scripts/test.sh installs the Debian package chromium");
  }
}
