package org.reeltrace.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import org.reeltrace.analysis.LineageReport;

/** One output file written from the report model. */
interface ReportFormat {
  /** The file name inside the output folder. */
  String fileName();

  /** Writes the report to {@code out} (UTF-8); does not close it. */
  void write(LineageReport report, Keyframes keyframes, OutputStream out) throws IOException;
}
