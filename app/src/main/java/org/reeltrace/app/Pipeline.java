package org.reeltrace.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.reeltrace.analysis.Lineage;
import org.reeltrace.analysis.LineageInput;
import org.reeltrace.analysis.LineageOptions;
import org.reeltrace.analysis.LineageReport;
import org.reeltrace.analysis.report.ReportWriter;
import org.reeltrace.store.Store;

/**
 * The analysis pipeline the {@code analyze} and {@code demo} commands run: ingest, fingerprint,
 * signals, match, lineage, reports. Ingest, fingerprinting and signals keep their results in the store and
 * resume where an interrupted run stopped; matching and lineage are recomputed from the store on every run.
 */
final class Pipeline {
  private final Store store;
  private final PrintWriter err;
  private final Progress progress;
  private final Path catalog;

  /** @param catalog the song catalog file for the soundtrack signals, or null for none */
  Pipeline(Store store, PrintWriter err, Progress progress, Path catalog) {
    this.store = store;
    this.err = err;
    this.progress = progress;
    this.catalog = catalog;
  }

  /** What a run did. */
  record Result(IngestSummary ingest, FingerprintStage.Result fingerprints, int videoPairs,
      LineageReport lineage, Path report) {
    String describe() {
      return String.format(
          "fingerprinted %d new video file%s (%d failed); %d pair%s of video files share footage;"
              + " %d footage cluster%s, %d lifted-from channel edge%s",
          fingerprints.fingerprinted(), fingerprints.fingerprinted() == 1 ? "" : "s", fingerprints.failed(),
          videoPairs, videoPairs == 1 ? "" : "s",
          lineage.clusters().size(), lineage.clusters().size() == 1 ? "" : "s",
          lineage.channelEdges().size(), lineage.channelEdges().size() == 1 ? "" : "s");
    }
  }

  Result run(Path archive, Path out) {
    IngestSummary ingest = new ArchiveIngest(store, err, progress).run(archive);
    FingerprintStage.Result fingerprints = new FingerprintStage(store, err, progress).run();
    try (SignalFinders finders = SignalFinders.open(catalog, err, StoredHandles.of(store))) {
      new SignalStage(store, err, progress, finders.list()).run();
    }
    StoredCopies copies = StoredCopies.load(store);
    List<CopyMatch> matches = MatchStage.run(copies, progress);
    LineageInput input = LineageInputs.from(store, matches, match ->
        PairZoom.of(copies.videos().get(match.queryId()), copies.videos().get(match.referenceId()), match));
    FrameChanges changes = new FrameChanges(
        key -> store.mediaOf(key).stream().findFirst().map(m -> m.file().sha256()).orElse(null), copies.videos());
    LineageReport lineage = Lineage.analyze(input, LineageOptions.defaults(), changes)
        .withSignals(SignalStage.stored(store));
    ReportWriter.writeAll(lineage, out, new VideoKeyframes(store));
    return new Result(ingest, fingerprints, matches.size(), lineage, out.resolve("report.html"));
  }
}
