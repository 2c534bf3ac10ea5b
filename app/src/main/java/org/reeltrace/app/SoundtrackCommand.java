package org.reeltrace.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reeltrace.app.soundtrack.IdentifiedSong;
import org.reeltrace.app.soundtrack.SongCatalog;
import org.reeltrace.app.soundtrack.SoundtrackIdentifier;
import org.reeltrace.media.UnreadableMediaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reeltrace soundtrack CLIP}: the catalogued songs heard in a video or audio file. */
@Command(
    name = "soundtrack",
    mixinStandardHelpOptions = true,
    description = {
      "Identifies the catalogued songs heard in a video's soundtrack or an audio file, with their",
      "origin, even under speech, lossy re-encoding or a speed change of a few percent.",
      "Prints 'no match' when no catalogued song is heard."
    })
final class SoundtrackCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CatalogOption catalog;

  @Parameters(paramLabel = "CLIP", description = "the video or audio file")
  Path clip;

  @Option(names = "--json", description = "print the result as JSON")
  boolean json;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.exists(catalog.file())) {
      err.println("reeltrace: " + catalog.file()
          + ": no song catalog (create it with 'reeltrace catalog add' or 'catalog import')");
      return 1;
    }
    if (!Files.isRegularFile(clip)) {
      err.println("reeltrace: " + clip + ": no such file");
      return 1;
    }
    SongCatalog songs = SongCatalog.open(catalog.file());
    List<IdentifiedSong> found;
    try {
      found = new SoundtrackIdentifier(songs).identify(clip);
    } catch (UnreadableMediaException e) {
      err.println("reeltrace: " + clip + ": " + OneLineFailure.describe(e));
      return 1;
    }
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("clip", clip.toString());
      m.put("catalog", catalog.file().toString());
      m.put("verdict", found.isEmpty() ? "no match" : "match");
      List<Map<String, Object>> matches = new ArrayList<>();
      for (IdentifiedSong s : found) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("clip", List.of(MatchJson.round(s.clipStart()), MatchJson.round(s.clipEnd())));
        j.put("song", List.of(MatchJson.round(s.songStart()), MatchJson.round(s.songEnd())));
        j.put("speed", MatchJson.round(s.speed()));
        j.put("votes", s.votes());
        j.put("confidence", MatchJson.round(s.confidence()));
        j.putAll(SongJson.of(s.song()));
        matches.add(j);
      }
      m.put("matches", matches);
      out.println(new ObjectMapper().writeValueAsString(m));
    } else if (found.isEmpty()) {
      out.println("no match");
    } else {
      for (IdentifiedSong s : found) {
        out.printf("clip %s-%s = %s at %s-%s  speed %.2f  votes %d  confidence %.2f%n",
            MatchCommand.seconds(s.clipStart()), MatchCommand.seconds(s.clipEnd()),
            SongJson.describe(s.song()), MatchCommand.seconds(s.songStart()),
            MatchCommand.seconds(s.songEnd()), s.speed(), s.votes(), s.confidence());
      }
    }
    return 0;
  }
}
