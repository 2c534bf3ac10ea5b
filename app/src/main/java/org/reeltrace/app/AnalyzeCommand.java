package org.reeltrace.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reeltrace.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reeltrace analyze ARCHIVE --out DIR}: ingest, fingerprint every stored video, match them
 * against each other, trace their lineage and write the reports.
 */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the pipeline on an archive folder: ingest -> fingerprint -> signals -> match -> lineage,",
      "and writes DIR/report.html, report.json, lineage.gexf (Gephi), matches.jsonl and posts.csv.",
      "Signals: terminology and self-disclosure in texts, container metadata and camera motion,",
      "on-screen watermarks (Tesseract), songs (with a catalog, see 'reeltrace catalog').",
      "Ingest, fingerprinting and signals resume where an interrupted run stopped."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOption database;
  @Mixin CatalogOption catalog;

  @Parameters(paramLabel = "ARCHIVE", description = "the archive folder")
  Path archive;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "where the results go")
  Path out;

  /** The catalog to identify songs with: the one named, or the default file when it exists; else none. */
  private Path songCatalog() {
    boolean named = spec.commandLine().getParseResult().hasMatchedOption("--catalog");
    return named || Files.isRegularFile(catalog.file()) ? catalog.file() : null;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(archive)) {
      err.println("reeltrace: " + archive + ": not a directory");
      return 1;
    }
    Files.createDirectories(out);
    try (Store store = Store.open(database.url())) {
      Pipeline.Result result = new Pipeline(store, err, Progress.onConsole(), songCatalog()).run(archive, out);
      stdout.println(result.ingest().describe(archive));
      stdout.println(result.describe());
      stdout.println("report: " + result.report());
      return result.ingest().nothingRead() ? 1 : 0;
    }
  }
}
