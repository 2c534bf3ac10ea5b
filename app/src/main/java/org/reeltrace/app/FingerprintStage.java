package org.reeltrace.app;

import java.io.PrintWriter;
import java.util.List;
import org.reeltrace.media.UnreadableMediaException;
import org.reeltrace.store.PendingVideo;
import org.reeltrace.store.Store;

/**
 * The fingerprint stage: every stored video file without a fingerprint gets one. Each file is saved
 * as soon as it is done, so an interrupted run resumes with the files still missing. A file that
 * cannot be decoded is reported in one line and recorded, and is not tried again.
 */
final class FingerprintStage {
  private final Store store;
  private final PrintWriter err;
  private final Progress progress;
  private final VideoFingerprinting fingerprinting = new VideoFingerprinting(VideoFingerprinting.DEFAULT_FPS);

  FingerprintStage(Store store, PrintWriter err, Progress progress) {
    this.store = store;
    this.err = err;
    this.progress = progress;
  }

  /** What a run did: files fingerprinted, and files that failed. */
  record Result(int fingerprinted, int failed) {}

  Result run() {
    List<PendingVideo> pending = store.videosWithoutFingerprint(FrameHashesCodec.METHOD);
    progress.start("fingerprint", pending.size());
    int done = 0;
    int failed = 0;
    for (PendingVideo video : pending) {
      double duration = video.file().durationSeconds() == null ? 0 : video.file().durationSeconds();
      try {
        FrameHashes hashes = fingerprinting.fingerprint(video.path(), duration);
        store.saveFingerprint(video.file().sha256(), FrameHashesCodec.METHOD, FrameHashesCodec.encode(hashes), null);
        done++;
      } catch (UnreadableMediaException e) {
        failed++;
        progress.interrupt();
        err.println(video.path() + ": " + OneLineFailure.describe(e));
        err.flush();
        store.saveFingerprint(video.file().sha256(), FrameHashesCodec.METHOD, null, OneLineFailure.describe(e));
      }
      progress.advance(1);
    }
    progress.finish();
    return new Result(done, failed);
  }
}
