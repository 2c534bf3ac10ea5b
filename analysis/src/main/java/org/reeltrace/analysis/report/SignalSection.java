package org.reeltrace.analysis.report;

import static org.reeltrace.analysis.report.Html.esc;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reeltrace.analysis.AttributedSignal;
import org.reeltrace.core.ChannelKey;

/**
 * The report's "Attribution signals" section: per channel, a summary of what its signals point to
 * (e.g. "south-korean-usage ×4, origin:KR ×2") and a table of every signal with where it was found,
 * its strength and why it means that. All archive, OCR and catalog text is escaped.
 */
final class SignalSection {
  private static final int MAX_ROWS_PER_CHANNEL = 200;

  private SignalSection() {}

  static void append(StringBuilder h, List<AttributedSignal> signals, Function<ChannelKey, String> handleOf) {
    h.append("<h2 id=\"signals\">Attribution signals</h2>\n");
    if (signals.isEmpty()) {
      h.append("<p class=\"muted\">No signals were found (terminology, watermarks, songs, capture metadata).</p>\n");
      return;
    }
    Map<ChannelKey, List<AttributedSignal>> byChannel = signals.stream()
        .collect(Collectors.groupingBy(AttributedSignal::channel, LinkedHashMap::new, Collectors.toList()));
    for (Map.Entry<ChannelKey, List<AttributedSignal>> e : byChannel.entrySet()) {
      List<AttributedSignal> list = e.getValue().stream()
          .sorted(Comparator.comparing((AttributedSignal s) -> !s.aboutChannel())
              .thenComparing(s -> -s.signal().strength()))
          .toList();
      h.append("<h3>@").append(esc(handleOf.apply(e.getKey()))).append(" <span class=\"muted\">")
          .append(esc(e.getKey().toString())).append("</span></h3>\n<p>").append(esc(summary(list)))
          .append("</p>\n<table><tr><th>about</th><th>kind</th><th>indicates</th><th>matched</th>")
          .append("<th>found in</th><th>strength</th><th>why</th></tr>\n");
      for (AttributedSignal s : list.subList(0, Math.min(list.size(), MAX_ROWS_PER_CHANNEL))) {
        h.append("<tr><td>").append(s.aboutChannel() ? "channel" : esc(s.post().toString())).append("</td><td>")
            .append(esc(s.signal().kind().name().toLowerCase(Locale.ROOT).replace('_', ' '))).append("</td><td>")
            .append(esc(s.signal().indicates())).append("</td><td>").append(esc(shorten(s.signal().matched())))
            .append("</td><td>").append(esc(s.signal().foundIn())).append("</td><td class=\"n\">")
            .append(String.format(Locale.ROOT, "%.2f", s.signal().strength())).append("</td><td>")
            .append(esc(s.signal().reference() == null ? s.producer() : s.signal().reference()))
            .append("</td></tr>\n");
      }
      if (list.size() > MAX_ROWS_PER_CHANNEL) {
        h.append("<tr><td colspan=\"7\" class=\"muted\">").append(list.size() - MAX_ROWS_PER_CHANNEL)
            .append(" more in report.json</td></tr>\n");
      }
      h.append("</table>\n");
    }
  }

  /** "south-korean-usage ×4, origin:KR ×2", most frequent first. */
  static String summary(List<AttributedSignal> signals) {
    Map<String, Long> counts = signals.stream()
        .collect(Collectors.groupingBy(s -> s.signal().indicates(), LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .map(c -> c.getKey() + " ×" + c.getValue())
        .collect(Collectors.joining(", "));
  }

  private static String shorten(String s) {
    return s.codePointCount(0, s.length()) <= 160 ? s : s.substring(0, s.offsetByCodePoints(0, 159)) + "…";
  }
}
