package org.reeltrace.bench.lineage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.reeltrace.analysis.LineageReport;
import org.reeltrace.analysis.report.ReportWriter;
import org.reeltrace.app.ReelTrace;

/**
 * Lineage accuracy on generated archives with known truth: for each seed, plans and renders an
 * archive ({@link ArchiveStory}, {@link ArchiveWriter}), runs {@code reeltrace analyze} on it (the
 * real pipeline, an SQLite store per seed), reads {@code report.json} and scores it against the truth
 * ({@link LineageScore}).
 *
 * <pre>
 *   java -cp "$(cat bench/target/classpath.txt):bench/target/classes" \
 *     org.reeltrace.bench.lineage.LineageEvaluation --seeds 1,2,3 --footage bench/target/eval-corpus
 * </pre>
 *
 * <p>Options: {@code --seeds S,S,...} (default 1,2,3); {@code --footage DIR}: a folder of footage
 * clips, every {@code src-*.mp4} and {@code fill-*.mp4} but the test pattern (the copy-detection
 * corpus that {@code CopyDetectionEvaluation} makes, default {@code bench/target/eval-corpus});
 * {@code --work DIR} (default {@code bench/target/lineage-eval}; archives and stores are kept there
 * and reused, so a second run only re-matches and re-traces); {@code --threads N} FFmpeg processes
 * (default 2); {@code --edits mild|varied} how re-posters edit ({@link EditStyle}, default mild; use a
 * separate work folder per style, archives are reused by seed).
 */
public final class LineageEvaluation {
  private static final String USAGE = "usage: LineageEvaluation [--seeds S,S,...] [--footage DIR] [--work DIR] [--threads N] [--edits mild|varied]";

  private LineageEvaluation() {}

  public static void main(String[] args) {
    List<Long> seeds = List.of(1L, 2L, 3L);
    Path footage = Path.of("bench/target/eval-corpus");
    Path work = Path.of("bench/target/lineage-eval");
    int threads = 2;
    EditStyle style = EditStyle.MILD;
    try {
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("option " + args[i] + " needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--seeds" -> seeds = Stream.of(value.split(",")).map(s -> Long.parseLong(s.strip())).toList();
          case "--footage" -> footage = Path.of(value);
          case "--work" -> work = Path.of(value);
          case "--threads" -> threads = Integer.parseInt(value);
          case "--edits" -> style = switch (value) {
            case "mild" -> EditStyle.MILD;
            case "varied" -> EditStyle.VARIED;
            default -> throw new IllegalArgumentException("--edits must be mild or varied, was '" + value + "'");
          };
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println("LineageEvaluation: " + e.getMessage() + "\n" + USAGE);
      System.exit(2);
    }
    Map<Path, Double> clips = footage(footage);
    List<String> rows = new ArrayList<>();
    for (long seed : seeds) {
      Path folder = work.resolve("seed-" + seed);
      ArchiveStory story = ArchiveStory.plan(seed, clips, style);
      new ArchiveWriter(folder.resolve("archive"), threads, System.err::println).write(story);
      LineageReport report = analyze(folder);
      LineageScore score = LineageScore.of(LineageTruth.of(story.posts()), report);
      String row = String.format("| %d | %d | %d | %d | %s | %s | %s | %s | %s | %s | %d (%d) |", seed,
          story.channels().size(), story.posts().size(), LineageTruth.of(story.posts()).clusters().size(),
          score.originPrecision(), score.originRecall(), score.postEdgePrecision(), score.postEdgeRecall(),
          score.channelEdgePrecision(), score.channelEdgeRecall(), score.failures().size(), score.matchMisses());
      rows.add(row);
      System.out.println("seed " + seed + ": " + story.channels().size() + " channels, " + story.posts().size()
          + " posts; " + score.failures().size() + " failure(s)");
      score.failures().forEach(f -> System.out.println("  " + f));
    }
    System.out.println();
    System.out.println("| seed | channels | posts | clusters | origin P | origin R | post-edge P | post-edge R"
        + " | channel-edge P | channel-edge R | failures (unmatched) |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  private static LineageReport analyze(Path folder) {
    Path out = folder.resolve("out");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int exit = ReelTrace.execute(new String[] {"analyze", folder.resolve("archive").toString(), "--out", out.toString(),
        "--db", folder.resolve("reeltrace.db").toString()}, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    System.err.print(stdout);
    if (exit != 0) {
      throw new IllegalStateException("reeltrace analyze " + folder + " failed (exit " + exit + "): " + stderr);
    }
    if (!stderr.toString().isBlank()) {
      System.err.print(stderr);
    }
    return ReportWriter.readJson(out.resolve("report.json"));
  }

  private static Map<Path, Double> footage(Path folder) {
    Map<Path, Double> clips = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if ((name.startsWith("src-") || name.startsWith("fill-")) && name.endsWith(".mp4")
            && !name.contains("test-pattern")) {
          clips.put(p.toAbsolutePath(), VideoRenderer.seconds(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": cannot list the footage folder (make it with"
          + " CopyDetectionEvaluation --corpus " + folder + "): " + e.getMessage(), e);
    }
    if (clips.size() < 8) {
      throw new IllegalStateException(folder + ": holds " + clips.size() + " footage clips (src-*.mp4, fill-*.mp4),"
          + " at least 8 needed; make it with CopyDetectionEvaluation --corpus " + folder);
    }
    return clips;
  }
}
