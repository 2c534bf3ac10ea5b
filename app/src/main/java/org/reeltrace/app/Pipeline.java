package org.reeltrace.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeltrace.core.PostKey;
import org.reeltrace.fingerprint.align.VideoMatch;
import org.reeltrace.store.Store;

/** The analysis pipeline the {@code analyze} and {@code demo} commands run: ingest, fingerprint, match. */
final class Pipeline {
  private final Store store;
  private final PrintWriter err;
  private final Progress progress;

  Pipeline(Store store, PrintWriter err, Progress progress) {
    this.store = store;
    this.err = err;
    this.progress = progress;
  }

  /** What a run did. */
  record Result(IngestSummary ingest, FingerprintStage.Result fingerprints, int videos, int matches) {
    String describe() {
      return String.format(
          "fingerprinted %d new video file%s (%d failed); %d video files share footage in %d pair%s",
          fingerprints.fingerprinted(), fingerprints.fingerprinted() == 1 ? "" : "s", fingerprints.failed(),
          videos, matches, matches == 1 ? "" : "s");
    }
  }

  Result run(Path archive, Path out) throws IOException {
    IngestSummary ingest = new ArchiveIngest(store, err, progress).run(archive);
    FingerprintStage.Result fingerprints = new FingerprintStage(store, err, progress).run();
    StoredCopies copies = StoredCopies.load(store);
    List<VideoMatch> matches = MatchStage.run(copies, progress);
    writeMatches(matches, out.resolve("matches.jsonl"));
    long videosInMatches = matches.stream()
        .flatMap(m -> java.util.stream.Stream.of(m.queryId(), m.referenceId())).distinct().count();
    return new Result(ingest, fingerprints, (int) videosInMatches, matches.size());
  }

  private void writeMatches(List<VideoMatch> matches, Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedWriter w = Files.newBufferedWriter(file)) {
      for (VideoMatch match : matches) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("videoA", match.queryId());
        m.put("postsA", posts(match.queryId()));
        m.put("videoB", match.referenceId());
        m.put("postsB", posts(match.referenceId()));
        m.putAll(MatchJson.of(match));
        w.write(json.writeValueAsString(m));
        w.newLine();
      }
    }
  }

  private List<String> posts(String sha256) {
    return store.postsOfVideo(sha256).stream().map(PostKey::toString).toList();
  }
}
