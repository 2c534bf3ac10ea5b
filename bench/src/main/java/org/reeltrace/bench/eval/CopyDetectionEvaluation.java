package org.reeltrace.bench.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.reeltrace.fingerprint.align.AlignerConfig;
import org.reeltrace.fingerprint.align.SegmentAligner;
import org.reeltrace.media.FrameSampling;

/**
 * Evaluation harness for video copy detection: makes (or reuses) a corpus of transformed copies
 * with ground truth ({@link CorpusGenerator}), fingerprints sources and queries with the media
 * stage, aligns every query with every source ({@link CopyDetector}) and prints a Markdown table of
 * precision, recall and segment IoU per transform ({@link EvaluationReport}).
 *
 * <p>Run from the repository root (needs the system {@code ffmpeg}, Debian's
 * {@code mate-backgrounds ukui-wallpapers fonts-dejavu-core}, and the shared test data beside the
 * checkout):
 * <pre>
 * mvn -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) \
 *     org.reeltrace.bench.eval.CopyDetectionEvaluation --corpus bench/target/eval-corpus
 * </pre>
 *
 * <p>Options: {@code --corpus DIR} (default {@code target/eval-corpus}; made on the first run, reused
 * after), {@code --sample-videos DIR} (default {@code ../shared/testdata/vpdq/sample-videos}),
 * {@code --threads N} (default 2), {@code --source-fps F} (default 30), {@code --query-fps F}
 * (default 1), {@code --distance N} (the aligner's frame distance threshold, default its own),
 * {@code --window-pass yes|no} (the second pass for crops and insets; default yes),
 * {@code --out FILE} (also write the Markdown there), {@code --details FILE} (one tab-separated line
 * per query with what was found). Progress goes to stderr, the report to stdout.
 * Exit 0 when the run completed (whatever the scores), 1 on failure, 2 on a usage error.
 */
public final class CopyDetectionEvaluation {
  private static final String USAGE = "usage: CopyDetectionEvaluation [--corpus DIR] [--sample-videos DIR] "
      + "[--threads N] [--source-fps F] [--query-fps F] [--distance N] [--window-pass yes|no] [--out FILE] "
      + "[--details FILE]";

  private CopyDetectionEvaluation() {
  }

  public static void main(String[] args) {
    Path corpusFolder = Path.of("target/eval-corpus");
    Path samples = Path.of("../shared/testdata/vpdq/sample-videos");
    Path out = null;
    Path details = null;
    int threads = 2;
    double sourceFps = 30;
    double queryFps = 1;
    AlignerConfig config = AlignerConfig.defaults();
    boolean windowPass = true;
    try {
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        if (value == null) {
          throw new IllegalArgumentException("option " + args[i] + " needs a value");
        }
        switch (args[i++]) {
          case "--corpus" -> corpusFolder = Path.of(value);
          case "--sample-videos" -> samples = Path.of(value);
          case "--out" -> out = Path.of(value);
          case "--details" -> details = Path.of(value);
          case "--threads" -> threads = (int) number(args[i - 1], value, true);
          case "--source-fps" -> sourceFps = number(args[i - 1], value, false);
          case "--query-fps" -> queryFps = number(args[i - 1], value, false);
          case "--distance" -> config = config.withDistanceThreshold((int) number(args[i - 1], value, true));
          case "--window-pass" -> windowPass = switch (value) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("--window-pass must be yes or no, was " + value);
          };
          default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
        }
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, was " + threads);
      }
      FrameSampling.perSecond(sourceFps);
      FrameSampling.perSecond(queryFps);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    try {
      long start = System.nanoTime();
      Corpus corpus = new CorpusGenerator(corpusFolder, samples, threads, System.err::println).generate();
      long generated = System.nanoTime();
      CopyDetector detector = new CopyDetector(FrameSampling.perSecond(sourceFps), FrameSampling.perSecond(queryFps),
          new SegmentAligner(config), windowPass);
      EvaluationReport report = evaluate(corpus, detector, threads);
      long evaluated = System.nanoTime();
      String markdown = report.markdown() + String.format(Locale.ROOT,
          "%nCorpus: %d sources, %d queries (%s). Corpus generation %.0f s, evaluation %.0f s; sources at %s frames/s, "
              + "queries at %s frames/s, aligner distance threshold %d, window pass %s.%n",
          corpus.sources().size(), corpus.queries().size(), corpusFolder, (generated - start) / 1e9,
          (evaluated - generated) / 1e9, number(sourceFps), number(queryFps), config.distanceThreshold(),
          windowPass ? "yes" : "no");
      System.out.print(markdown);
      if (out != null) {
        Files.writeString(out, markdown, StandardCharsets.UTF_8);
      }
      if (details != null) {
        Files.writeString(details, report.details(), StandardCharsets.UTF_8);
      }
    } catch (RuntimeException | IOException e) {
      System.err.println("evaluation failed: " + e.getMessage());
      System.exit(1);
    }
  }

  private static EvaluationReport evaluate(Corpus corpus, CopyDetector detector, int threads) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> sources = new ArrayList<>();
      for (SourceClip clip : corpus.sources()) {
        sources.add(pool.submit(() -> detector.addSource(detector.fingerprintSource(clip, corpus.file(clip.id())))));
      }
      await(sources);
      System.err.println("evaluation: fingerprinted " + corpus.sources().size() + " sources");
      List<Future<QueryOutcome>> outcomes = new ArrayList<>();
      for (GroundTruth truth : corpus.queries()) {
        outcomes.add(pool.submit(() -> detector.detect(truth,
            detector.fingerprintQuery(truth.queryId(), corpus.file(truth.queryId())))));
      }
      EvaluationReport report = new EvaluationReport();
      for (Future<QueryOutcome> outcome : outcomes) {
        report.add(outcome.get());
      }
      return report;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(List<Future<?>> futures) throws InterruptedException, ExecutionException {
    for (Future<?> f : futures) {
      f.get();
    }
  }

  private static double number(String option, String value, boolean integer) {
    try {
      return integer ? Integer.parseInt(value) : Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("option " + option + " needs " + (integer ? "an integer" : "a number")
          + ", was '" + value + "'", e);
    }
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
