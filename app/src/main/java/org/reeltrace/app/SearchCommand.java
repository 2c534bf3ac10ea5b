package org.reeltrace.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reeltrace.core.PostKey;
import org.reeltrace.fingerprint.align.VideoMatch;
import org.reeltrace.media.UnreadableMediaException;
import org.reeltrace.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reeltrace search VIDEO}: the fingerprinted videos in the store that share footage with VIDEO. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the videos in the store (fingerprinted by 'reeltrace analyze') that share footage with",
      "VIDEO, with the matching seconds and the posts each video was archived with."
    })
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "VIDEO", description = "the query video")
  Path video;

  @Option(names = "--json", description = "print the matches as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    FrameHashes query;
    try {
      query = new VideoFingerprinting(VideoFingerprinting.DEFAULT_FPS).queryFingerprint(video);
    } catch (UnreadableMediaException e) {
      spec.commandLine().getErr().println(video + ": " + OneLineFailure.describe(e));
      return 1;
    }
    try (Store store = Store.open(database.url())) {
      StoredCopies copies = StoredCopies.load(store);
      List<CopyMatch> matches = copies.index().search(video.toString(), query, null);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (CopyMatch found : matches) {
        VideoMatch match = found.match();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("video", match.referenceId());
        m.put("posts", store.postsOfVideo(match.referenceId()).stream().map(PostKey::toString).toList());
        m.put("view", found.view().name());
        m.putAll(MatchJson.of(match));
        rows.add(m);
      }
      if (json) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("query", video.toString());
        result.put("videosSearched", copies.index().size());
        result.put("matches", rows);
        out.println(new ObjectMapper().writeValueAsString(result));
      } else if (rows.isEmpty()) {
        out.println("no match among " + copies.index().size() + " fingerprinted videos");
      } else {
        for (Map<String, Object> row : rows) {
          out.println(row.get("video") + " " + row.get("posts") + " " + row.get("segments"));
        }
      }
      return 0;
    }
  }
}
