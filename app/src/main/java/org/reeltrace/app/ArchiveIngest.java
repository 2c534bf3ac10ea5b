package org.reeltrace.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.ItemError;
import org.reeltrace.ingest.ArchiveReader;
import org.reeltrace.ingest.ArchiveSink;
import org.reeltrace.store.Store;
import org.reeltrace.store.StoredVideo;

/**
 * The ingest stage: reads every archive file under a folder and stores each good item with its video.
 *
 * <p>Each item is stored in its own transaction and every write is idempotent, so a run that is killed
 * and started again ends with the same store as one clean run. Rejected items are printed on stderr,
 * one line each, recorded with the run, and counted.
 */
final class ArchiveIngest {
  private final Store store;
  private final PrintWriter err;
  private final Progress progress;
  private final VideoFiles videos;

  ArchiveIngest(Store store, PrintWriter err, Progress progress) {
    this.store = store;
    this.err = err;
    this.progress = progress;
    this.videos = new VideoFiles(store);
  }

  IngestSummary run(Path archive) {
    ArchiveReader reader = new ArchiveReader();
    List<Path> files;
    try {
      files = reader.findArchiveFiles(archive);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(archive + ": cannot list the archive: " + e.getMessage(), e);
    }
    long run = store.startIngestRun(archive.toAbsolutePath().normalize().toString());
    Counter counter = new Counter(run);
    progress.start("ingest", files.size());
    for (Path file : files) {
      reader.readFile(file, counter);
      progress.advance(1);
    }
    progress.finish();
    store.finishIngestRun(run);
    return new IngestSummary(files.size(), counter.posts, counter.withVideo, counter.errors);
  }

  /** Receives the reader's items: stores good ones, reports and records bad ones. */
  private final class Counter implements ArchiveSink {
    private final long run;
    int posts;
    int withVideo;
    int errors;

    Counter(long run) {
      this.run = run;
    }

    @Override
    public void post(ArchivedPost item) {
      Optional<StoredVideo> video = Optional.empty();
      if (item.video().isPresent()) {
        try {
          video = Optional.of(videos.describe(item.video().get()));
        } catch (VideoFiles.UnusableVideo e) {
          error(new ItemError(item.source(), item.post().key() + ": " + e.getMessage()));
          return;
        }
      }
      store.savePost(item, video);
      posts++;
      if (video.isPresent()) {
        withVideo++;
      }
    }

    @Override
    public void error(ItemError error) {
      errors++;
      progress.interrupt();
      err.println(error);
      err.flush();
      store.recordError(run, error);
    }
  }
}
