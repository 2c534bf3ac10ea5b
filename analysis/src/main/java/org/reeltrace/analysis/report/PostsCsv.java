package org.reeltrace.analysis.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.reeltrace.analysis.LineagePost;
import org.reeltrace.analysis.LineageReport;
import org.reeltrace.analysis.PostSummary;

/**
 * {@code posts.csv}: one row per post (RFC 4180: comma separated, CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled; UTF-8). List cells join their items with {@code ;}.
 */
final class PostsCsv implements ReportFormat {
  static final List<String> HEADER = List.of("platform", "post_id", "channel", "handle", "posted_at", "url",
      "caption", "views", "followers", "width", "height", "cluster_ids", "origin_of", "is_origin",
      "first_seen_elsewhere", "lifted_from");

  @Override
  public String fileName() {
    return "posts.csv";
  }

  @Override
  public void write(LineageReport report, Keyframes keyframes, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    row(w, HEADER);
    for (PostSummary s : report.posts()) {
      LineagePost p = s.post();
      row(w, List.of(p.key().platform(), p.key().postId(), p.channel().toString(), text(p.channelHandle()),
          p.postedAt() == null ? "" : p.postedAt().toString(), text(p.url()), text(p.caption()),
          text(p.views()), text(p.followers()), text(p.width()), text(p.height()),
          String.join(";", s.clusterIds()), String.join(";", s.originOf()),
          Boolean.toString(!s.originOf().isEmpty()), Boolean.toString(s.firstSeenElsewhere()),
          s.liftedFrom().stream().map(Object::toString).collect(Collectors.joining(";"))));
    }
    w.flush();
  }

  private static String text(Object o) {
    return o == null ? "" : o.toString();
  }

  static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(cells.get(i)));
    }
    w.write("\r\n");
  }

  static String quote(String cell) {
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }
}
