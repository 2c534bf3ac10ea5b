package org.reeltrace.analysis.report;

import static org.reeltrace.analysis.report.Html.esc;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reeltrace.analysis.AccountParticipation;
import org.reeltrace.analysis.ChannelEdge;
import org.reeltrace.analysis.ChannelReuse;
import org.reeltrace.analysis.ClusterMember;
import org.reeltrace.analysis.CoordinationEdge;
import org.reeltrace.analysis.CoordinationNetwork;
import org.reeltrace.analysis.Evidence;
import org.reeltrace.analysis.FootageCluster;
import org.reeltrace.analysis.LineagePost;
import org.reeltrace.analysis.LineageReport;
import org.reeltrace.analysis.PostMatch;
import org.reeltrace.analysis.PostSummary;
import org.reeltrace.analysis.SecondsRange;
import org.reeltrace.analysis.SharedSegment;
import org.reeltrace.analysis.SourceCount;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * {@code report.html}: one self-contained page (inline CSS and SVG, no script, no external address,
 * UTF-8) with the channel table, the lineage graph and per-channel graphs, the timeline of first
 * appearances, every cluster with its evidence and matched seconds side by side (with keyframes when
 * given), the coordination network, and the attribution signals per channel. Every piece of archive text is escaped; the page is also
 * well-formed XML.
 */
final class HtmlReport implements ReportFormat {
  private static final String CSS = """
      body{font-family:system-ui,"Noto Sans CJK KR","Noto Sans CJK SC",sans-serif;margin:1.5em;color:#222;max-width:1400px}
      table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
      th{background:#f0f0f0}td.n{text-align:right}h2{border-bottom:2px solid #446;margin-top:1.5em}
      details{margin:.3em 0;border:1px solid #ddd;padding:.3em}summary{cursor:pointer}
      .pair{display:inline-block;margin:4px;padding:4px;border:1px solid #eee}.pair img{height:120px;margin:0 2px}
      .muted{color:#777}.ev-pos{color:#161}.ev-neg{color:#a11}svg text{font-size:11px;font-family:inherit}
      """;
  private static final int MAX_GRAPH_CHANNELS = 80;
  private static final int MAX_NEIGHBOURS = 8;

  private int svgCount;
  private final Map<PostKey, LineagePost> posts = new HashMap<>();
  private final Map<ChannelKey, String> handles = new HashMap<>();
  private final Map<List<PostKey>, PostMatch> matches = new HashMap<>();

  @Override
  public String fileName() {
    return "report.html";
  }

  @Override
  public void write(LineageReport report, Keyframes keyframes, OutputStream out) throws IOException {
    for (PostSummary s : report.posts()) {
      posts.put(s.post().key(), s.post());
      handles.putIfAbsent(s.post().channel(), s.post().displayHandle());
    }
    for (PostMatch m : report.matches()) {
      matches.putIfAbsent(List.of(m.a(), m.b()), m);
    }
    StringBuilder h = new StringBuilder(1 << 16);
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
        .append("<title>ReelTrace lineage report</title><style>").append(CSS).append("</style></head><body>\n");
    h.append("<h1>ReelTrace lineage report</h1>\n");
    summary(h, report);
    channelTable(h, report);
    lineageGraph(h, report);
    perChannel(h, report);
    timeline(h, report);
    clusters(h, report, keyframes);
    coordination(h, report.coordination());
    SignalSection.append(h, report.signals(), this::handle);
    h.append("</body></html>\n");
    out.write(h.toString().getBytes(StandardCharsets.UTF_8));
  }

  private void summary(StringBuilder h, LineageReport r) {
    h.append("<p>").append(r.posts().size()).append(" posts from ").append(r.channels().size())
        .append(" channels; ").append(r.clusters().size()).append(" footage clusters; ")
        .append(r.channelEdges().size()).append(" channel lifted-from edges; coordination interval ")
        .append(fmt(r.coordination().intervalSeconds())).append(" s (")
        .append(r.coordination().estimated() ? "estimated" : "given").append(").</p>\n");
  }

  private void channelTable(StringBuilder h, LineageReport r) {
    int days = r.options().oldFootageDays();
    h.append("<h2 id=\"channels\">Channels</h2>\n<table><tr><th>channel</th><th>posts</th><th>matched</th>")
        .append("<th>first seen elsewhere</th><th>footage older than ").append(days).append(" days</th>")
        .append("<th>originals reused</th><th>reused by others</th><th>top sources</th></tr>\n");
    for (ChannelReuse c : r.channels()) {
      h.append("<tr><td><a href=\"#ch-").append(anchor(c.channel())).append("\">@").append(esc(c.handle()))
          .append("</a> <span class=\"muted\">").append(esc(c.channel().platform())).append("</span></td>")
          .append("<td class=\"n\">").append(c.posts()).append("</td><td class=\"n\">").append(c.matchedPosts())
          .append("</td><td class=\"n\">").append(c.firstSeenElsewhere()).append(" (").append(pct(c.firstSeenElsewhereShare()))
          .append(")</td><td class=\"n\">").append(c.oldFootage()).append(" (").append(pct(c.oldFootageShare()))
          .append(")</td><td class=\"n\">").append(c.originals()).append("</td><td class=\"n\">").append(c.reusedByOthers())
          .append("</td><td>");
      for (SourceCount s : c.topSources()) {
        h.append("@").append(esc(s.handle())).append(" (").append(s.posts()).append(") ");
      }
      h.append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  /** Layered drawing: sources on the left, footage flowing right to the channels that lifted it. */
  private void lineageGraph(StringBuilder h, LineageReport r) {
    h.append("<h2 id=\"graph\">Lineage graph</h2>\n");
    if (r.channelEdges().isEmpty()) {
      h.append("<p>No channel lifted footage from another.</p>\n");
      return;
    }
    Map<ChannelKey, Integer> weight = new HashMap<>();
    for (ChannelEdge e : r.channelEdges()) {
      weight.merge(e.channel(), e.posts(), Integer::sum);
      weight.merge(e.source(), e.posts(), Integer::sum);
    }
    List<ChannelKey> shown = weight.keySet().stream()
        .sorted(Comparator.comparing((ChannelKey k) -> -weight.get(k)).thenComparing(ChannelKey::toString))
        .limit(MAX_GRAPH_CHANNELS).toList();
    List<ChannelEdge> edges = r.channelEdges().stream()
        .filter(e -> shown.contains(e.channel()) && shown.contains(e.source())).toList();
    Map<ChannelKey, Integer> layer = new HashMap<>();
    shown.forEach(k -> layer.put(k, 0));
    for (int round = 0; round < shown.size(); round++) {
      boolean changed = false;
      for (ChannelEdge e : edges) {
        int want = layer.get(e.source()) + 1;
        if (want > layer.get(e.channel()) && want < shown.size()) {
          layer.put(e.channel(), want);
          changed = true;
        }
      }
      if (!changed) {
        break;
      }
    }
    Map<Integer, List<ChannelKey>> byLayer = new java.util.TreeMap<>();
    for (ChannelKey k : shown) {
      byLayer.computeIfAbsent(layer.get(k), x -> new ArrayList<>()).add(k);
    }
    byLayer.values().forEach(l -> l.sort(Comparator.comparing(ChannelKey::toString)));
    Map<ChannelKey, double[]> pos = new HashMap<>();
    int rows = byLayer.values().stream().mapToInt(List::size).max().orElse(1);
    int col = 0;
    for (List<ChannelKey> l : byLayer.values()) {
      for (int i = 0; i < l.size(); i++) {
        pos.put(l.get(i), new double[] {90 + col * 220, 30 + i * 36});
      }
      col++;
    }
    int width = 90 + byLayer.size() * 220;
    int height = 40 + rows * 36;
    h.append("<p class=\"muted\">Arrows point from the channel where footage first appeared to the channel that ")
        .append("lifted it; line width grows with the number of posts. ").append(shown.size() < weight.size()
            ? "Showing the " + shown.size() + " most connected of " + weight.size() + " channels." : "").append("</p>\n");
    h.append(svgOpen(width, height));
    for (ChannelEdge e : edges) {
      double[] a = pos.get(e.source());
      double[] b = pos.get(e.channel());
      arrow(h, a[0] + 60, a[1], b[0] - 60, b[1], e.posts(),
          "@" + e.handle() + " lifted " + e.posts() + " posts from @" + e.sourceHandle());
    }
    for (ChannelKey k : shown) {
      double[] p = pos.get(k);
      node(h, p[0], p[1], k);
    }
    h.append("</svg>\n");
  }

  /** For every channel: the channels it lifted from (left) and the channels that lifted from it (right). */
  private void perChannel(StringBuilder h, LineageReport r) {
    h.append("<h2 id=\"per-channel\">Lineage per channel</h2>\n");
    for (ChannelReuse c : r.channels()) {
      List<ChannelEdge> in = r.channelEdges().stream().filter(e -> e.channel().equals(c.channel()))
          .limit(MAX_NEIGHBOURS).toList();
      List<ChannelEdge> out = r.channelEdges().stream().filter(e -> e.source().equals(c.channel()))
          .limit(MAX_NEIGHBOURS).toList();
      h.append("<div id=\"ch-").append(anchor(c.channel())).append("\"><h3>@").append(esc(c.handle()))
          .append(" <span class=\"muted\">").append(esc(c.channel().toString())).append("</span></h3>\n");
      if (in.isEmpty() && out.isEmpty()) {
        h.append("<p class=\"muted\">No lifted-from edges.</p></div>\n");
        continue;
      }
      int rows = Math.max(1, Math.max(in.size(), out.size()));
      int height = 20 + rows * 32;
      h.append(svgOpen(720, height));
      double cy = height / 2.0;
      for (int i = 0; i < in.size(); i++) {
        double y = 20 + i * 32 + (rows - in.size()) * 16;
        arrow(h, 150, y, 300, cy, in.get(i).posts(), "@" + c.handle() + " lifted " + in.get(i).posts()
            + " posts from @" + in.get(i).sourceHandle());
        node(h, 90, y, in.get(i).source());
      }
      for (int i = 0; i < out.size(); i++) {
        double y = 20 + i * 32 + (rows - out.size()) * 16;
        arrow(h, 420, cy, 570, y, out.get(i).posts(), "@" + out.get(i).handle() + " lifted " + out.get(i).posts()
            + " posts from @" + c.handle());
        node(h, 630, y, out.get(i).channel());
      }
      node(h, 360, cy, c.channel());
      h.append("</svg></div>\n");
    }
  }

  private String svgOpen(int width, int height) {
    svgCount++;
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
        + "\" viewBox=\"0 0 " + width + " " + height + "\"><defs><marker id=\"arr" + svgCount + "\" viewBox=\"0 0 10 10\" refX=\"10\" "
        + "refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#669\"/>"
        + "</marker></defs>\n";
  }

  private void arrow(StringBuilder h, double x1, double y1, double x2, double y2, int posts, String title) {
    double w = 1 + Math.log(posts) * 1.5;
    double mid = (x1 + x2) / 2;
    h.append("<path d=\"M").append(fmt(x1)).append(',').append(fmt(y1)).append(" C").append(fmt(mid)).append(',')
        .append(fmt(y1)).append(' ').append(fmt(mid)).append(',').append(fmt(y2)).append(' ').append(fmt(x2)).append(',')
        .append(fmt(y2)).append("\" fill=\"none\" stroke=\"#669\" stroke-opacity=\"0.7\" stroke-width=\"").append(fmt(w))
        .append("\" marker-end=\"url(#arr" + svgCount + ")\"><title>").append(esc(title)).append("</title></path>\n");
  }

  private void node(StringBuilder h, double x, double y, ChannelKey k) {
    h.append("<g><rect x=\"").append(fmt(x - 60)).append("\" y=\"").append(fmt(y - 12))
        .append("\" width=\"120\" height=\"24\" rx=\"5\" fill=\"#eef\" stroke=\"#446\"/><text x=\"").append(fmt(x))
        .append("\" y=\"").append(fmt(y + 4)).append("\" text-anchor=\"middle\">").append(esc(shorten("@" + handle(k), 18)))
        .append("</text><title>").append(esc(k.toString())).append("</title></g>\n");
  }

  private void timeline(StringBuilder h, LineageReport r) {
    h.append("<h2 id=\"timeline\">Timeline of first appearances</h2>\n");
    List<FootageCluster> dated = r.clusters().stream().filter(c -> c.firstSeen() != null).toList();
    if (dated.isEmpty()) {
      h.append("<p>No cluster has a dated first appearance.</p>\n");
      return;
    }
    List<ChannelKey> rows = dated.stream().map(FootageCluster::originChannel).distinct()
        .sorted(Comparator.comparing(ChannelKey::toString)).toList();
    Instant min = dated.get(0).firstSeen();
    Instant max = dated.stream().map(FootageCluster::firstSeen).max(Comparator.naturalOrder()).orElse(min);
    for (FootageCluster c : dated) {
      min = c.firstSeen().isBefore(min) ? c.firstSeen() : min;
    }
    double span = Math.max(1, Duration.between(min, max).toSeconds());
    int left = 150;
    int plot = 800;
    int height = 40 + rows.size() * 18;
    h.append(svgOpen(left + plot + 40, height));
    for (int i = 0; i < rows.size(); i++) {
      int y = 20 + i * 18;
      h.append("<text x=\"").append(left - 8).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\">")
          .append(esc(shorten("@" + handle(rows.get(i)), 22))).append("</text><line x1=\"").append(left).append("\" y1=\"")
          .append(y).append("\" x2=\"").append(left + plot).append("\" y2=\"").append(y).append("\" stroke=\"#eee\"/>\n");
    }
    for (int t = 0; t <= 4; t++) {
      Instant at = min.plusSeconds((long) (span * t / 4));
      double x = left + plot * t / 4.0;
      h.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(height - 6).append("\" text-anchor=\"middle\">")
          .append(at.toString(), 0, 10).append("</text>\n");
    }
    for (FootageCluster c : dated) {
      double x = left + plot * Duration.between(min, c.firstSeen()).toSeconds() / span;
      int y = 20 + rows.indexOf(c.originChannel()) * 18;
      h.append("<a href=\"#").append(c.id()).append("\"><circle cx=\"").append(fmt(x)).append("\" cy=\"").append(y)
          .append("\" r=\"").append(fmt(3 + Math.min(6, c.members().size() - 1))).append("\" fill=\"#c63\" fill-opacity=\"0.7\">")
          .append("<title>").append(esc(c.id() + ": " + c.origin() + " by @" + handle(c.originChannel()) + ", "
              + c.firstSeen() + ", " + c.members().size() + " posts")).append("</title></circle></a>\n");
    }
    h.append("</svg>\n");
  }

  private void clusters(StringBuilder h, LineageReport r, Keyframes keyframes) {
    h.append("<h2 id=\"clusters\">Footage clusters</h2>\n");
    for (FootageCluster c : r.clusters()) {
      h.append("<details id=\"").append(c.id()).append("\"><summary><b>").append(c.id()).append("</b> first seen in ")
          .append(esc(c.origin().toString())).append(" by @").append(esc(handle(c.originChannel()))).append(", ")
          .append(c.firstSeen() == null ? "date unknown" : c.firstSeen().toString()).append(" — ")
          .append(c.members().size()).append(" posts, confidence ").append(fmt(c.confidence()))
          .append(c.certain() ? "" : " (not certain)").append("</summary>\n<ul>");
      for (Evidence e : c.evidence()) {
        h.append("<li class=\"").append(e.weight() > 0 ? "ev-pos" : e.weight() < 0 ? "ev-neg" : "muted").append("\">")
            .append(esc(e.kind().name().toLowerCase(Locale.ROOT))).append(": ").append(esc(e.description()))
            .append("</li>");
      }
      h.append("</ul>\n<table><tr><th>post</th><th>channel</th><th>posted</th><th>seconds of this footage</th>")
          .append("<th>caption</th><th>matched seconds (origin ↔ post)</th></tr>\n");
      LineagePost origin = posts.get(c.origin());
      for (ClusterMember m : c.members()) {
        LineagePost p = posts.get(m.post());
        h.append("<tr><td>");
        String href = Html.safeHref(p.url());
        if (href != null) {
          h.append("<a href=\"").append(href).append("\">").append(esc(p.key().toString())).append("</a>");
        } else {
          h.append(esc(p.key().toString()));
        }
        if (p == origin) {
          h.append(" <b>origin</b>");
        }
        h.append("</td><td>@").append(esc(p.displayHandle())).append("</td><td>")
            .append(p.postedAt() == null ? "unknown" : p.postedAt().toString()).append("</td><td>")
            .append(esc(m.ranges().stream().map(x -> clock(x.start()) + "–" + clock(x.end()))
                .collect(Collectors.joining(", ")))).append(rangeBar(m.ranges())).append("</td><td>")
            .append(esc(shorten(p.caption() == null ? "" : p.caption(), 140))).append("</td><td>");
        if (p != origin) {
          sideBySide(h, origin, p, keyframes);
        }
        h.append("</td></tr>\n");
      }
      h.append("</table></details>\n");
    }
  }

  private static String rangeBar(List<SecondsRange> ranges) {
    double end = ranges.stream().mapToDouble(SecondsRange::end).max().orElse(1);
    StringBuilder b = new StringBuilder("<br/><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"160\" height=\"8\">"
        + "<rect width=\"160\" height=\"8\" fill=\"#eee\"/>");
    for (SecondsRange x : ranges) {
      b.append("<rect x=\"").append(fmt(160 * x.start() / end)).append("\" width=\"")
          .append(fmt(Math.max(1, 160 * x.length() / end))).append("\" height=\"8\" fill=\"#c63\"/>");
    }
    return b.append("</svg>").toString();
  }

  /** Up to three corresponding seconds of origin and post, from their direct match, with keyframes. */
  private void sideBySide(StringBuilder h, LineagePost origin, LineagePost post, Keyframes keyframes) {
    PostMatch m = matches.get(List.of(origin.key(), post.key()));
    boolean flipped = false;
    if (m == null) {
      m = matches.get(List.of(post.key(), origin.key()));
      flipped = true;
    }
    if (m == null || m.segments().isEmpty()) {
      h.append("<span class=\"muted\">no direct match with the origin (linked through other posts)</span>");
      return;
    }
    int shown = 0;
    for (SharedSegment s : m.segments()) {
      double[] at = {s.aStart(), (s.aStart() + s.aEnd()) / 2, Math.max(s.aStart(), s.aEnd() - 0.5)};
      for (double a : at) {
        if (shown >= 3) {
          return;
        }
        double b = s.bStart() + (a - s.aStart()) * s.speed();
        double o = flipped ? b : a;
        double q = flipped ? a : b;
        h.append("<span class=\"pair\">").append(frame(keyframes, origin.key(), o)).append(frame(keyframes, post.key(), q))
            .append("<br/>").append(clock(o)).append(" ↔ ").append(clock(q)).append("</span>");
        shown++;
      }
    }
  }

  private static String frame(Keyframes keyframes, PostKey post, double second) {
    Optional<byte[]> jpeg = keyframes.jpeg(post, (int) Math.floor(second));
    return jpeg.map(bytes -> "<img alt=\"" + esc(post + " at " + clock(second)) + "\" src=\"data:image/jpeg;base64,"
        + Base64.getEncoder().encodeToString(bytes) + "\"/>").orElse("");
  }

  private void coordination(StringBuilder h, CoordinationNetwork n) {
    h.append("<h2 id=\"coordination\">Coordinated sharing</h2>\n<p>Accounts that posted the same footage within ")
        .append(fmt(n.intervalSeconds())).append(" s of each other (")
        .append(n.estimated() ? "interval estimated as in CooRnet, q = " + fmt(n.quantile()) + ", p = "
            + fmt(n.shareFraction()) : "interval given").append(") in at least ").append(n.repetition())
        .append(" clusters.</p>\n");
    if (n.edges().isEmpty()) {
      h.append("<p>No coordinated accounts found.</p>\n");
      return;
    }
    h.append("<table><tr><th>account</th><th>account</th><th>clusters co-shared</th><th>clusters</th></tr>\n");
    for (CoordinationEdge e : n.edges()) {
      h.append("<tr><td>@").append(esc(handle(e.a()))).append("</td><td>@").append(esc(handle(e.b())))
          .append("</td><td class=\"n\">").append(e.weight()).append("</td><td>");
      for (String id : e.clusterIds()) {
        h.append("<a href=\"#").append(esc(id)).append("\">").append(esc(id)).append("</a> ");
      }
      h.append("</td></tr>\n");
    }
    h.append("</table>\n<table><tr><th>component</th><th>account</th><th>coordinated shares</th><th>degree</th></tr>\n");
    for (AccountParticipation a : n.accounts()) {
      h.append("<tr><td class=\"n\">").append(a.component() + 1).append("</td><td>@").append(esc(a.handle()))
          .append("</td><td class=\"n\">").append(a.coordinatedShares()).append("</td><td class=\"n\">")
          .append(a.degree()).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private String handle(ChannelKey k) {
    return handles.getOrDefault(k, k.channelId());
  }

  private static String anchor(ChannelKey k) {
    return esc(k.toString().replaceAll("[^A-Za-z0-9_.:-]", "_"));
  }

  private static String shorten(String s, int max) {
    return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
  }

  static String clock(double seconds) {
    long s = (long) Math.floor(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String fmt(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v);
  }
}
