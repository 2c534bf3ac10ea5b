package org.reeltrace.bench.lineage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a generated archive's report should say: for each footage cluster (an original and every post
 * made from it, two posts or more) its origin, and the lifted-from edges between posts and between
 * channels. Keys are written as ReelTrace writes them ({@code platform:postId}, {@code platform:channelId}).
 *
 * <p>Edges follow analysis/README.md ("Lifted-from edges"): a re-post lifts from the copy it was made
 * from, i.e. its parent, which is the origin for a first-generation re-post and the intermediate
 * re-post in a chain original → re-post → re-post, except when that intermediate only re-encoded
 * (then the edge names the intermediate's own source: nothing in the picture shows the intermediate)
 * and the re-post does not carry the download watermark naming the intermediate's account.
 * Channel edges are the post edges between different channels.
 *
 * @param clusters     origin post → every member (origin included)
 * @param postEdges    post → the post it lifted from
 * @param channelEdges lifting channel → the channels it lifted from
 * @param labels       post → a short description (channel, role, edits) for failure lines
 */
record LineageTruth(Map<String, Set<String>> clusters, Map<String, String> postEdges,
    Map<String, Set<String>> channelEdges, Map<String, String> labels) {
  static LineageTruth of(List<StoryPost> posts) {
    Map<String, Set<String>> clusters = new TreeMap<>();
    Map<String, String> postEdges = new TreeMap<>();
    Map<String, Set<String>> channelEdges = new TreeMap<>();
    Map<String, String> labels = new TreeMap<>();
    for (StoryPost p : posts) {
      labels.put(p.key(), "@" + p.channel().handle() + " " + p.channel().role().name().toLowerCase()
          + (p.parent() == null ? " original" : " gen " + p.generation() + " [" + p.edits().describe() + "]")
          + " " + p.stated().name().toLowerCase() + " time");
      clusters.computeIfAbsent(p.origin().key(), k -> new TreeSet<>()).add(p.key());
      if (p.parent() != null) {
        StoryPost source = source(p);
        postEdges.put(p.key(), source.key());
        if (!p.channel().key().equals(source.channel().key())) {
          channelEdges.computeIfAbsent(p.channel().key(), k -> new TreeSet<>()).add(source.channel().key());
        }
      }
    }
    clusters.values().removeIf(members -> members.size() < 2);
    return new LineageTruth(clusters, postEdges, channelEdges, labels);
  }

  /**
   * The source a re-post's edge must name: its parent, unless the parent only re-encoded its own
   * source (then nothing in the picture tells the two apart, and the rule names the parent's source);
   * a re-post showing the download watermark with its parent's account names its parent whatever it did.
   */
  static StoryPost source(StoryPost p) {
    StoryPost s = p.parent();
    if (p.edits().namesParent()) {
      return s;
    }
    while (s.parent() != null && s.edits().labels().isEmpty()) {
      s = s.parent();
    }
    return s;
  }

  /** Writes the truth as tab-separated lines: {@code cluster ORIGIN MEMBER,...}, {@code post-edge POST SOURCE}, ... */
  void write(Path file) {
    List<String> lines = new ArrayList<>();
    lines.add("# kind\tfrom\tto (cluster: origin, members; post-edge: post, source; channel-edge: channel, source)");
    clusters.forEach((origin, members) -> lines.add("cluster\t" + origin + "\t" + String.join(",", members)));
    postEdges.forEach((post, source) -> lines.add("post-edge\t" + post + "\t" + source));
    channelEdges.forEach((channel, sources) -> sources.forEach(s -> lines.add("channel-edge\t" + channel + "\t" + s)));
    labels.forEach((post, label) -> lines.add("label\t" + post + "\t" + label));
    try {
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
