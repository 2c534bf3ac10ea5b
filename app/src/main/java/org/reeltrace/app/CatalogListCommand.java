package org.reeltrace.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reeltrace.app.soundtrack.Song;
import org.reeltrace.app.soundtrack.SongCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reeltrace catalog list [--json]}. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "Lists the catalogued songs in the order they were added.")
final class CatalogListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CatalogOption catalog;

  @Option(names = "--json", description = "print the songs as JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    SongCatalog songs = SongCatalog.open(catalog.file());
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("catalog", catalog.file().toString());
      m.put("songs", songs.songs().stream().map(SongJson::of).toList());
      out.println(new ObjectMapper().writeValueAsString(m));
      return 0;
    }
    List<Song> all = songs.songs();
    for (Song s : all) {
      out.printf("%s  %s  %s  %s%n", s.sha256().substring(0, 12), s.origin(),
          MatchCommand.seconds(s.durationSeconds()), SongJson.describe(s));
    }
    out.printf("%d songs in %s%n", all.size(), catalog.file());
    return 0;
  }
}
