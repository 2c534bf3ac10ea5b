package org.reeltrace.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A generated evaluation corpus: source clips and query videos with their ground truth, all in one
 * folder, described by the tab-separated manifest {@value #MANIFEST}.
 *
 * <p>Manifest lines: {@code source ID ORIGIN DURATION} and
 * {@code query ID TRANSFORM SOURCE_ID|- QSTART QEND SSTART SEND SPEED}. The manifest is written last
 * (atomically), so a folder with a manifest holds a complete corpus.
 */
record Corpus(Path folder, List<SourceClip> sources, List<GroundTruth> queries) {
  static final String MANIFEST = "corpus.tsv";

  Corpus {
    sources = List.copyOf(sources);
    queries = List.copyOf(queries);
  }

  Path file(String id) {
    return folder.resolve(id);
  }

  /** True when {@code folder} holds a manifest and every file it names. */
  static boolean isComplete(Path folder) {
    if (!Files.isRegularFile(folder.resolve(MANIFEST))) {
      return false;
    }
    Corpus corpus = read(folder);
    return corpus.sources.stream().allMatch(s -> Files.isRegularFile(corpus.file(s.id())))
        && corpus.queries.stream().allMatch(q -> Files.isRegularFile(corpus.file(q.queryId())));
  }

  void write() {
    List<String> lines = new ArrayList<>();
    lines.add("# ReelTrace copy-detection corpus: sources, then queries with ground truth (seconds)");
    for (SourceClip s : sources) {
      lines.add(String.join("\t", "source", s.id(), s.origin(), number(s.durationSeconds())));
    }
    for (GroundTruth q : queries) {
      lines.add(String.join("\t", "query", q.queryId(), q.transform().name(), q.sourceId().orElse("-"),
          number(q.query().start()), number(q.query().end()), number(q.source().start()),
          number(q.source().end()), number(q.speed())));
    }
    try {
      Path temporary = folder.resolve(MANIFEST + ".tmp");
      Files.write(temporary, lines, StandardCharsets.UTF_8);
      Files.move(temporary, folder.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + folder.resolve(MANIFEST) + ": " + e.getMessage(), e);
    }
  }

  /** Reads the manifest of {@code folder}; a malformed line is an error naming file and line. */
  static Corpus read(Path folder) {
    Path manifest = folder.resolve(MANIFEST);
    List<String> lines;
    try {
      lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + manifest + ": " + e.getMessage(), e);
    }
    List<SourceClip> sources = new ArrayList<>();
    List<GroundTruth> queries = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        if (f[0].equals("source") && f.length == 4) {
          sources.add(new SourceClip(f[1], f[2], Double.parseDouble(f[3])));
        } else if (f[0].equals("query") && f.length == 9) {
          Optional<String> source = f[3].equals("-") ? Optional.empty() : Optional.of(f[3]);
          queries.add(new GroundTruth(f[1], Transform.valueOf(f[2]), source,
              new Interval(Double.parseDouble(f[4]), Double.parseDouble(f[5])),
              new Interval(Double.parseDouble(f[6]), Double.parseDouble(f[7])), Double.parseDouble(f[8])));
        } else {
          throw new IllegalArgumentException("expected 'source' with 4 fields or 'query' with 9, got "
              + f.length + " fields starting '" + f[0] + "'");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(manifest + " line " + (n + 1) + ": " + e.getMessage(), e);
      }
    }
    return new Corpus(folder, sources, queries);
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }
}
