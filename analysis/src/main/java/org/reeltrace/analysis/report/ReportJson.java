package org.reeltrace.analysis.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import org.reeltrace.analysis.LineageReport;

/**
 * {@code report.json}: the whole {@link LineageReport} as JSON. Field names are the record component
 * names (stable: renaming one is a format change, and {@link LineageReport#SCHEMA} changes with it);
 * times are ISO-8601 UTC strings; post keys are {@code {"platform", "postId"}}, channel keys
 * {@code {"platform", "channelId"}}; missing values are null.
 */
final class ReportJson implements ReportFormat {
  static ObjectMapper mapper() {
    return new ObjectMapper()
        .registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  @Override
  public String fileName() {
    return "report.json";
  }

  @Override
  public void write(LineageReport report, Keyframes keyframes, OutputStream out) throws IOException {
    mapper().writerWithDefaultPrettyPrinter().writeValue(out, report);
  }
}
