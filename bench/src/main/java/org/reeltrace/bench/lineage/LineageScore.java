package org.reeltrace.bench.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.reeltrace.analysis.ClusterMember;
import org.reeltrace.analysis.FootageCluster;
import org.reeltrace.analysis.LineageReport;
import org.reeltrace.analysis.PostEdge;
import org.reeltrace.analysis.PostMatch;
import org.reeltrace.analysis.SharedSegment;

/**
 * Compares a report with the truth: origin precision and recall per footage cluster, post-edge and
 * channel-edge precision and recall, and one line per failure with the reason.
 *
 * <p>A truth cluster is found by the report cluster sharing most of its posts; its origin is right
 * when that cluster names the true origin (recall). A report cluster of two posts or more is right
 * when it names the origin of the truth cluster it shares most posts with (precision).
 */
record LineageScore(Ratio originPrecision, Ratio originRecall, Ratio postEdgePrecision, Ratio postEdgeRecall,
    Ratio channelEdgePrecision, Ratio channelEdgeRecall, List<String> failures) {

  /** {@code hits} of {@code total}; 1 when there is nothing to count. */
  record Ratio(int hits, int total) {
    double value() {
      return total == 0 ? 1 : (double) hits / total;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%.3f (%d/%d)", value(), hits, total);
    }
  }

  /** Failures the match stage causes: the posts that share footage were not matched at all. */
  long matchMisses() {
    return failures.stream().filter(f -> f.contains("did not match") || f.contains(" 0 of their pairs matched")
        || f.contains("did not match these posts")).count();
  }

  static LineageScore of(LineageTruth truth, LineageReport report) {
    List<String> failures = new ArrayList<>();
    Map<String, String> label = truth.labels();
    Map<Set<String>, Double> matched = new HashMap<>();
    for (PostMatch m : report.matches()) {
      double best = m.segments().stream().mapToDouble(SharedSegment::score).max().orElse(0);
      matched.merge(Set.of(m.a().toString(), m.b().toString()), best, Math::max);
    }
    List<FootageCluster> clusters = report.clusters().stream().filter(c -> c.members().size() >= 2).toList();

    int originHits = 0;
    for (Map.Entry<String, Set<String>> t : truth.clusters().entrySet()) {
      FootageCluster best = bestOverlap(t.getValue(), clusters);
      if (best == null) {
        failures.add("origin  " + t.getKey() + " (" + label.get(t.getKey()) + "): no report cluster holds its "
            + t.getValue().size() + " posts; " + matchedPairs(t.getValue(), matched) + " of their pairs matched");
      } else if (best.origin().toString().equals(t.getKey())) {
        originHits++;
      } else {
        failures.add("origin  " + t.getKey() + " (" + label.get(t.getKey()) + "): report names "
            + best.origin() + " (" + label.get(best.origin().toString()) + "): " + evidence(best));
      }
    }
    int precisionHits = 0;
    for (FootageCluster c : clusters) {
      Set<String> members = c.members().stream().map(m -> m.post().toString()).collect(Collectors.toSet());
      String truthOrigin = null;
      int overlap = 0;
      for (Map.Entry<String, Set<String>> t : truth.clusters().entrySet()) {
        int o = (int) t.getValue().stream().filter(members::contains).count();
        if (o > overlap) {
          overlap = o;
          truthOrigin = t.getKey();
        }
      }
      if (truthOrigin != null && truthOrigin.equals(c.origin().toString())) {
        precisionHits++;
      } else if (truthOrigin == null || overlap < 2) {
        failures.add("cluster " + c.id() + " of " + members + ": no true shared footage (spurious matches)");
      } else if (!members.contains(truthOrigin)) {
        failures.add("cluster " + c.id() + " names " + c.origin() + " (" + label.get(c.origin().toString())
            + "): the true origin " + truthOrigin + " is no member; it did not match these posts");
      }
    }

    Map<String, String> reportEdges = new HashMap<>();
    Set<List<String>> reportPairs = new HashSet<>();
    for (PostEdge e : report.postEdges()) {
      reportPairs.add(List.of(e.post().toString(), e.source().toString()));
      reportEdges.merge(e.post().toString(), e.source().toString(), (a, b) -> a + ", " + b);
    }
    int edgeHits = 0;
    for (Map.Entry<String, String> e : truth.postEdges().entrySet()) {
      if (reportPairs.contains(List.of(e.getKey(), e.getValue()))) {
        edgeHits++;
      } else {
        String said = reportEdges.get(e.getKey());
        Double score = matched.get(Set.of(e.getKey(), e.getValue()));
        failures.add("edge    " + e.getKey() + " (" + label.get(e.getKey()) + ") -> " + e.getValue() + " ("
            + label.get(e.getValue()) + "): report says " + (said == null ? "no source" : "-> " + said
            + " (" + label.getOrDefault(said, "?") + ")") + "; the pair " + (score == null ? "did not match"
            : String.format(Locale.ROOT, "matched (best segment score %.2f)", score)));
      }
    }
    for (List<String> pair : reportPairs) {
      if (!truth.postEdges().containsKey(pair.get(0))) {
        failures.add("edge    " + pair.get(0) + " (" + label.get(pair.get(0)) + ") -> " + pair.get(1)
            + ": extra, the post lifted nothing");
      }
    }

    Set<List<String>> truthChannels = new TreeSet<>((a, b) -> String.join(" ", a).compareTo(String.join(" ", b)));
    truth.channelEdges().forEach((c, sources) -> sources.forEach(s -> truthChannels.add(List.of(c, s))));
    Set<List<String>> reportChannels = report.channelEdges().stream()
        .map(e -> List.of(e.channel().toString(), e.source().toString())).collect(Collectors.toSet());
    int channelHits = 0;
    for (List<String> pair : truthChannels) {
      if (reportChannels.contains(pair)) {
        channelHits++;
      } else {
        failures.add("channel " + pair.get(0) + " -> " + pair.get(1) + ": missing");
      }
    }
    for (List<String> pair : reportChannels) {
      if (!truthChannels.contains(pair)) {
        failures.add("channel " + pair.get(0) + " -> " + pair.get(1) + ": extra");
      }
    }
    return new LineageScore(new Ratio(precisionHits, clusters.size()), new Ratio(originHits, truth.clusters().size()),
        new Ratio(edgeHits, reportPairs.size()), new Ratio(edgeHits, truth.postEdges().size()),
        new Ratio(channelHits, reportChannels.size()), new Ratio(channelHits, truthChannels.size()), failures);
  }

  private static FootageCluster bestOverlap(Set<String> members, List<FootageCluster> clusters) {
    FootageCluster best = null;
    long bestOverlap = 1;
    for (FootageCluster c : clusters) {
      long o = c.members().stream().map(ClusterMember::post).filter(k -> members.contains(k.toString())).count();
      if (o > bestOverlap) {
        best = c;
        bestOverlap = o;
      }
    }
    return best;
  }

  private static long matchedPairs(Set<String> members, Map<Set<String>, Double> matched) {
    List<String> list = new ArrayList<>(members);
    long n = 0;
    for (int i = 0; i < list.size(); i++) {
      for (int j = i + 1; j < list.size(); j++) {
        n += matched.containsKey(Set.of(list.get(i), list.get(j))) ? 1 : 0;
      }
    }
    return n;
  }

  private static String evidence(FootageCluster c) {
    return c.evidence().stream().map(e -> e.description()).collect(Collectors.joining("; "));
  }
}
