package org.reeltrace.analysis.report;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.reeltrace.analysis.LineageReport;
import org.reeltrace.analysis.PostMatch;

/** {@code matches.jsonl}: one {@link PostMatch} per line, as in report.json's {@code matches}. */
final class MatchesJsonl implements ReportFormat {
  @Override
  public String fileName() {
    return "matches.jsonl";
  }

  @Override
  public void write(LineageReport report, Keyframes keyframes, OutputStream out) throws IOException {
    ObjectWriter writer = ReportJson.mapper().writer();
    for (PostMatch m : report.matches()) {
      out.write(writer.writeValueAsString(m).getBytes(StandardCharsets.UTF_8));
      out.write('\n');
    }
  }
}
