package org.reeltrace.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Everything the lineage analysis found; the one model every report writer reads.
 *
 * @param schema       the report format's name and version, {@link #SCHEMA}
 * @param options      the settings used
 * @param channels     reuse figures per channel, most reuse first
 * @param posts        every post, by posting time
 * @param clusters     footage clusters, by first appearance
 * @param postEdges    post lifted-from edges
 * @param channelEdges channel lifted-from edges, most posts first
 * @param coordination the coordinated-sharing network
 * @param matches      the matches the analysis read
 * @param signals      attribution signals about the channels and posts (terminology, watermarks, songs, capture)
 */
public record LineageReport(
    String schema,
    LineageOptions options,
    List<ChannelReuse> channels,
    List<PostSummary> posts,
    List<FootageCluster> clusters,
    List<PostEdge> postEdges,
    List<ChannelEdge> channelEdges,
    CoordinationNetwork coordination,
    List<PostMatch> matches,
    List<AttributedSignal> signals) {
  /** The current report format. */
  public static final String SCHEMA = "reeltrace.lineage/1";

  public LineageReport {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(coordination, "coordination");
    channels = channels == null ? List.of() : List.copyOf(channels);
    posts = posts == null ? List.of() : List.copyOf(posts);
    clusters = clusters == null ? List.of() : List.copyOf(clusters);
    postEdges = postEdges == null ? List.of() : List.copyOf(postEdges);
    channelEdges = channelEdges == null ? List.of() : List.copyOf(channelEdges);
    matches = matches == null ? List.of() : List.copyOf(matches);
    signals = signals == null ? List.of() : List.copyOf(signals);
  }

  /** A report without signals. */
  public LineageReport(String schema, LineageOptions options, List<ChannelReuse> channels, List<PostSummary> posts,
      List<FootageCluster> clusters, List<PostEdge> postEdges, List<ChannelEdge> channelEdges,
      CoordinationNetwork coordination, List<PostMatch> matches) {
    this(schema, options, channels, posts, clusters, postEdges, channelEdges, coordination, matches, List.of());
  }

  /** This report with {@code signals} in place of its own. */
  public LineageReport withSignals(List<AttributedSignal> signals) {
    return new LineageReport(schema, options, channels, posts, clusters, postEdges, channelEdges, coordination,
        matches, signals);
  }
}
