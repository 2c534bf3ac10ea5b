package org.reeltrace.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reeltrace.app.soundtrack.SongCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reeltrace catalog import MANIFEST.csv}. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Adds the songs listed in a CSV manifest to the catalog:",
      "path,title,artist,origin_country,release_year,label (paths relative to the manifest;",
      "release_year and label may be empty; an optional header line starts with 'path,').",
      "Bad lines are reported as FILE:LINE: problem on stderr and skipped; the exit code is 1",
      "when any line failed. Files already catalogued (same SHA-256) are kept as they are."
    })
final class CatalogImportCommand implements Callable<Integer> {
  /** Songs between two saves, so that an interrupted import keeps most of its work. */
  private static final int SAVE_EVERY = 50;

  @Spec CommandSpec spec;
  @Mixin CatalogOption catalog;

  @Parameters(paramLabel = "MANIFEST", description = "the CSV manifest")
  Path manifest;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = Progress.onConsole();
    int[] failed = {0};
    List<CatalogManifest.Row> rows;
    try {
      rows = CatalogManifest.read(manifest, line -> {
        err.println(line);
        failed[0]++;
      });
    } catch (NoSuchFileException e) {
      err.println("reeltrace: " + manifest + ": no such file");
      return 1;
    }
    err.flush();
    SongCatalog songs = SongCatalog.open(catalog.file());
    int[] counts = new int[3]; // added, already catalogued, added since the last save
    Map<SongCatalog.Entry, CatalogManifest.Row> rowOf = new IdentityHashMap<>();
    List<SongCatalog.Entry> entries = new ArrayList<>();
    for (CatalogManifest.Row row : rows) {
      SongCatalog.Entry entry = new SongCatalog.Entry(row.file(), row.tags());
      rowOf.put(entry, row);
      entries.add(entry);
    }
    progress.start("catalog", rows.size());
    songs.addAll(entries, new SongCatalog.AdditionListener() {
      @Override
      public void added(SongCatalog.Entry entry, SongCatalog.Addition a) throws IOException {
        if (a.added()) {
          counts[0]++;
          if (++counts[2] >= SAVE_EVERY) {
            songs.save();
            counts[2] = 0;
          }
        } else {
          counts[1]++;
        }
        progress.advance(1);
      }

      @Override
      public void failed(SongCatalog.Entry entry, Exception e) {
        CatalogManifest.Row row = rowOf.get(entry);
        progress.interrupt();
        err.println(row.where() + ": " + row.file() + ": "
            + (e instanceof NoSuchFileException ? "no such file" : OneLineFailure.describe(e)));
        err.flush();
        failed[0]++;
        progress.advance(1);
      }
    });
    progress.finish();
    int added = counts[0];
    int known = counts[1];
    if (counts[2] > 0) {
      songs.save();
    }
    out.printf("%d songs added, %d already catalogued, %d lines failed; %d songs in %s%n",
        added, known, failed[0], songs.songs().size(), catalog.file());
    return failed[0] == 0 ? 0 : 1;
  }
}
