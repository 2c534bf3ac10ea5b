package org.reeltrace.bench.signals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reeltrace.analysis.signals.SelfDisclosureDetector;
import org.reeltrace.analysis.signals.TerminologyDetector;

/**
 * Precision and recall of the terminology and self-disclosure detectors on the labelled text sets:
 * the development set (the detector was built looking at it) and the held-out set (written after the
 * detector was finished, never tuned on). Prints Markdown tables per signal type and per language.
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -q -pl bench -am compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) \
 *     org.reeltrace.bench.signals.TextSignalEvaluation
 * </pre>
 *
 * <p>Options: {@code --dev FILE} and {@code --held-out FILE} (defaults: the two sets under
 * {@code bench/src/test/resources/org/reeltrace/bench/signals/}), {@code --mistakes} (also list every
 * wrong token on stderr). Exit 0 when the run completed, 1 on failure, 2 on a usage error.
 */
public final class TextSignalEvaluation {
  static final Path SETS = Path.of("bench/src/test/resources/org/reeltrace/bench/signals");
  private static final String USAGE =
      "usage: TextSignalEvaluation [--dev FILE] [--held-out FILE] [--mistakes]";

  private TextSignalEvaluation() {}

  public static void main(String[] args) {
    Path dev = SETS.resolve("labelled-dev.tsv");
    Path heldOut = SETS.resolve("labelled-held-out.tsv");
    boolean showMistakes = false;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--dev" -> dev = Path.of(value(args, ++i));
          case "--held-out" -> heldOut = Path.of(value(args, ++i));
          case "--mistakes" -> showMistakes = true;
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    try {
      long start = System.nanoTime();
      TerminologyDetector terms = TerminologyDetector.load();
      SelfDisclosureDetector self = SelfDisclosureDetector.load();
      long loaded = System.nanoTime();
      int texts = 0;
      List<String> mistakes = new ArrayList<>();
      StringBuilder md = new StringBuilder();
      for (Path set : List.of(dev, heldOut)) {
        List<LabelledText> labelled = LabelledText.read(set);
        texts += labelled.size();
        TextSignalScores scores = TextSignalScores.score(labelled, terms, self);
        md.append(scores.markdown("**" + set.getFileName() + "**")).append('\n');
        scores.mistakes().forEach(m -> mistakes.add(set.getFileName() + "\t" + m));
      }
      long done = System.nanoTime();
      md.append(String.format(Locale.ROOT, "Loading both detectors %.0f ms; %d texts scored in %.0f ms (single thread, "
          + "first calls warm the analyzers).%n", (loaded - start) / 1e6, texts, (done - loaded) / 1e6));
      System.out.print(md);
      if (showMistakes) {
        mistakes.forEach(System.err::println);
      }
    } catch (RuntimeException e) {
      System.err.println("evaluation failed: " + e.getMessage());
      System.exit(1);
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException("option " + args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
