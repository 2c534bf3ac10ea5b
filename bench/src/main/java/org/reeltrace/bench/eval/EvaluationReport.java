package org.reeltrace.bench.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation's result as Markdown: one row per transform, the totals, and per transform the
 * queries that failed (missed copies, false positives) or aligned poorly, with what the detector saw.
 */
final class EvaluationReport {
  /** Found copies whose query or source IoU is below this are listed as poorly aligned. */
  static final double POOR_IOU = 0.5;

  private final Map<Transform, TransformScore> byTransform = new EnumMap<>(Transform.class);
  private final TransformScore copies = new TransformScore();
  private final TransformScore all = new TransformScore();
  private final List<QueryOutcome> outcomes = new ArrayList<>();

  void add(QueryOutcome outcome) {
    outcomes.add(outcome);
    byTransform.computeIfAbsent(outcome.truth().transform(), t -> new TransformScore()).add(outcome);
    all.add(outcome);
    if (!outcome.truth().isNegative()) {
      copies.add(outcome);
    }
  }

  TransformScore total() {
    return all;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("| transform | what | queries | found | recall | false pos. | precision | query IoU | source IoU "
        + "| frame distance to true source (median, 90th pct.) |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<Transform, TransformScore> e : byTransform.entrySet()) {
      row(md, e.getKey().label(), e.getKey().description(), e.getValue());
    }
    row(md, "**all copies**", "", copies);
    row(md, "**all queries**", "copies and negatives", all);
    md.append('\n');
    md.append(f("Targets: precision ≥ 0.99 and recall ≥ 0.95 over all queries, segment IoU ≥ 0.8. "
        + "Measured: precision %.3f, recall %.3f, query IoU %.3f, source IoU %.3f.%n", all.precision(),
        all.recall(), all.meanQueryIou(), all.meanSourceIou()));
    md.append(f("%nFrame distances (each hashed query frame to the nearest frame of a source, over the 8 dihedral "
        + "variants, time ignored): to the true source median %d; to any other source (what a threshold must stay "
        + "below) minimum %d, 1st percentile %d, 5th percentile %d, median %d.%n", all.trueDistanceQuantile(0.5),
        all.otherDistanceQuantile(0), all.otherDistanceQuantile(0.01), all.otherDistanceQuantile(0.05),
        all.otherDistanceQuantile(0.5)));
    md.append("\n### Failures by transform\n\n");
    boolean any = false;
    for (Map.Entry<Transform, TransformScore> e : byTransform.entrySet()) {
      List<String> lines = new ArrayList<>();
      for (QueryOutcome o : e.getValue().failures()) {
        lines.add(failure(o));
      }
      for (QueryOutcome o : outcomes) {
        if (o.truth().transform() == e.getKey() && o.found() && o.falsePositives().isEmpty()
            && (o.queryIou().orElseThrow() < POOR_IOU || o.sourceIou().orElseThrow() < POOR_IOU)) {
          lines.add(poorAlignment(o));
        }
      }
      if (!lines.isEmpty()) {
        any = true;
        md.append("**").append(e.getKey().label()).append("**\n\n");
        lines.forEach(l -> md.append("- ").append(l).append('\n'));
        md.append('\n');
      }
    }
    if (!any) {
      md.append("None.\n");
    }
    return md.toString();
  }

  /** One tab-separated line per query: what it is, what was found, the IoUs and the detector's notes. */
  String details() {
    StringBuilder tsv = new StringBuilder("query\ttransform\ttrue_source\ttrue_query\ttrue_source_interval\tspeed"
        + "\tfound\tfalse_positives\tquery_iou\tsource_iou\tdetections\tdiagnosis\n");
    for (QueryOutcome o : outcomes) {
      GroundTruth t = o.truth();
      tsv.append(String.join("\t", t.queryId(), t.transform().label(), t.sourceId().orElse("-"),
          t.query().toString(), t.source().toString(), f("%.3f", t.speed()), String.valueOf(o.found()),
          String.valueOf(o.falsePositives().size()), o.queryIou().map(v -> f("%.3f", v)).orElse("-"),
          o.sourceIou().map(v -> f("%.3f", v)).orElse("-"),
          o.detections().stream().map(d -> d.sourceId() + " " + d.note()).reduce((a, b) -> a + " | " + b).orElse("-"),
          o.diagnosis())).append('\n');
    }
    return tsv.toString();
  }

  private static void row(StringBuilder md, String name, String what, TransformScore s) {
    String distances = s.trueDistanceQuantile(0.5) < 0 ? "–"
        : s.trueDistanceQuantile(0.5) + ", " + s.trueDistanceQuantile(0.9);
    md.append(f("| %s | %s | %d | %d / %d | %.3f | %d | %.3f | %s | %s | %s |%n", name, what, s.queries(), s.found(),
        s.copies(), s.recall(), s.falsePositives(), s.precision(), iou(s.meanQueryIou()), iou(s.meanSourceIou()),
        distances));
  }

  private static String failure(QueryOutcome o) {
    GroundTruth t = o.truth();
    StringBuilder line = new StringBuilder("`").append(t.queryId()).append("`: ");
    if (!t.isNegative() && !o.found()) {
      line.append("missed (true: ").append(t.sourceId().orElseThrow()).append(' ').append(t.source())
          .append(" at ").append(t.query()).append(f(", speed %.2f", t.speed())).append("; ")
          .append(o.diagnosis()).append(')');
    } else if (!t.isNegative()) {
      line.append("found, ").append(ious(o));
    } else {
      line.append("negative (").append(o.diagnosis()).append(')');
    }
    for (Detection d : o.falsePositives()) {
      line.append("; false positive ").append(d.sourceId()).append(' ').append(d.note());
    }
    return line.toString();
  }

  private static String poorAlignment(QueryOutcome o) {
    GroundTruth t = o.truth();
    Detection d = o.trueDetection().orElseThrow();
    return "`" + t.queryId() + "`: poorly aligned, " + ious(o) + " (true: q " + t.query() + " → s " + t.source()
        + f(", speed %.2f", t.speed()) + "; reported " + d.note() + ")";
  }

  private static String ious(QueryOutcome o) {
    return f("query IoU %.2f, source IoU %.2f", o.queryIou().orElseThrow(), o.sourceIou().orElseThrow());
  }

  private static String iou(double value) {
    return Double.isNaN(value) ? "–" : f("%.3f", value);
  }

  private static String f(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }
}
