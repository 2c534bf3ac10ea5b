package org.reeltrace.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reeltrace.app.soundtrack.SongCatalog;
import org.reeltrace.app.soundtrack.SongTags;
import org.reeltrace.media.UnreadableMediaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code reeltrace catalog add FILE... --title T --artist A --origin CC}. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = {
      "Adds audio (or video) files to the song catalog under the given tags.",
      "A file already catalogued (same SHA-256) is kept as it is."
    })
final class CatalogAddCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CatalogOption catalog;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "the audio files")
  List<Path> files;

  @Option(names = "--title", required = true, paramLabel = "T", description = "song title")
  String title;

  @Option(names = "--artist", required = true, paramLabel = "A", description = "artist")
  String artist;

  @Option(names = "--origin", required = true, paramLabel = "CC",
      description = "country of origin, ISO 3166-1 alpha-2 (KR, CN, US, ...)")
  String origin;

  @Option(names = "--label", paramLabel = "L", description = "record label")
  String label;

  @Option(names = "--year", paramLabel = "Y", description = "release year")
  String year;

  @Override
  public Integer call() throws IOException {
    SongTags tags;
    try {
      tags = SongTags.of(title, artist, origin, label, year);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SongCatalog songs = SongCatalog.open(catalog.file());
    int failed = 0;
    int added = 0;
    for (Path f : files) {
      try {
        SongCatalog.Addition a = songs.add(f, tags);
        added += a.added() ? 1 : 0;
        out.println((a.added() ? "added " : "already catalogued ") + f + ": "
            + SongJson.describe(a.song()));
      } catch (NoSuchFileException e) {
        err.println(f + ": no such file");
        failed++;
      } catch (IOException | UnreadableMediaException e) {
        err.println(f + ": " + OneLineFailure.describe(e));
        failed++;
      }
    }
    if (added > 0) {
      songs.save();
    }
    return failed == 0 ? 0 : 1;
  }
}
