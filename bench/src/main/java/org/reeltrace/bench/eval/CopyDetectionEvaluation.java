package org.reeltrace.bench.eval;

import java.nio.file.Path;

/**
 * Evaluation harness for video copy detection (WIP: corpus generation only).
 */
public final class CopyDetectionEvaluation {
  private CopyDetectionEvaluation() {
  }

  public static void main(String[] args) {
    Path corpusFolder = Path.of(args.length > 0 ? args[0] : "target/eval-corpus");
    Path samples = Path.of(args.length > 1 ? args[1] : "../shared/testdata/vpdq/sample-videos");
    Corpus corpus = new CorpusGenerator(corpusFolder, samples, 2, System.err::println).generate();
    System.out.println(corpus.sources().size() + " sources, " + corpus.queries().size() + " queries");
  }
}
