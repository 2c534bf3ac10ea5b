package org.reeltrace.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reeltrace.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code reeltrace demo}: runs the main job on the bundled demo archive, into an SQLite file of its
 * own, and prints what it found.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Runs the analysis (ingest, fingerprint, match, lineage, report) on the bundled demo archive (demo/archive) with an embedded SQLite store.")
final class DemoCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "where the demo writes its store and results (default: ${DEFAULT-VALUE})",
      defaultValue = "reeltrace-demo")
  Path out;

  @Option(
      names = "--archive",
      paramLabel = "DIR",
      description = "the demo archive (default: demo/archive of the ReelTrace checkout)")
  Path archive;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    Path source = archive != null ? archive : DemoArchive.locate();
    Files.createDirectories(out);
    Path db = out.resolve("reeltrace.db");
    String url = "jdbc:sqlite:" + db;
    stdout.println("ReelTrace demo: archive " + source + ", store " + db);
    try (Store store = Store.open(url)) {
      Pipeline.Result result =
          new Pipeline(store, spec.commandLine().getErr(), Progress.onConsole(), null).run(source, out);
      stdout.println(result.ingest().describe(source));
      stdout.println(StatsCommand.describe(url, store.stats()));
      stdout.println("stats as JSON: " + StatsCommand.toJson(store.stats()));
      stdout.println(result.describe());
      stdout.println("report: " + result.report().toAbsolutePath());
      return result.ingest().nothingRead() ? 1 : 0;
    }
  }
}
