package org.reeltrace.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.reeltrace.analysis.LineageReport;

/**
 * Writes every report file from one {@link LineageReport}: {@code report.json}, {@code lineage.gexf},
 * {@code matches.jsonl}, {@code posts.csv} and {@code report.html}.
 */
public final class ReportWriter {
  /** Fresh writers per call: a writer may keep state while it writes. */
  private static List<ReportFormat> formats() {
    return List.of(new ReportJson(), new Gexf(), new MatchesJsonl(), new PostsCsv(), new HtmlReport());
  }

  private ReportWriter() {}

  /**
   * Writes all files into {@code outDir} (created when missing), each through a temporary file so a
   * failed run leaves no half-written file.
   *
   * @return the files written
   * @throws UncheckedIOException naming the file that could not be written
   */
  public static List<Path> writeAll(LineageReport report, Path outDir, Keyframes keyframes) {
    try {
      Files.createDirectories(outDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create output folder " + outDir + ": " + e.getMessage(), e);
    }
    return formats().stream().map(f -> write(f, report, outDir, keyframes)).toList();
  }

  private static Path write(ReportFormat format, LineageReport report, Path outDir, Keyframes keyframes) {
    Path target = outDir.resolve(format.fileName());
    Path temp = outDir.resolve(format.fileName() + ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(temp)) {
        format.write(report, keyframes, out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  /** Reads a {@code report.json} back into the model. */
  public static LineageReport readJson(Path reportJson) {
    try {
      return ReportJson.mapper().readValue(reportJson.toFile(), LineageReport.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + reportJson + ": " + e.getMessage(), e);
    }
  }
}
