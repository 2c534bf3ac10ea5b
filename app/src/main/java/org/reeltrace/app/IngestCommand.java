package org.reeltrace.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reeltrace.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code reeltrace ingest ARCHIVE_DIR}: reads an archive folder into the store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a channel archive folder (recursively) into the store:",
      "yt-dlp .info.json files with the videos beside them, TikTok Research API responses,",
      "4CAT/Zeeschuimer NDJSON exports and CSV manifests (platform,post_id,channel,posted_at,caption,video_path).",
      "Bad items are reported one per line on stderr and skipped; running it again changes nothing."
    })
final class IngestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "ARCHIVE_DIR", description = "the archive folder")
  Path archive;

  @Override
  public Integer call() {
    if (!Files.isDirectory(archive)) {
      spec.commandLine().getErr().println("reeltrace: " + archive + ": not a directory");
      return 1;
    }
    try (Store store = Store.open(database.url())) {
      ArchiveIngest ingest = new ArchiveIngest(store, spec.commandLine().getErr(), Progress.onConsole());
      IngestSummary summary = ingest.run(archive);
      spec.commandLine().getOut().println(summary.describe(archive));
      spec.commandLine().getOut().println(StatsCommand.describe(database.url(), store.stats()));
      return summary.nothingRead() ? 1 : 0;
    }
  }
}
