package org.reeltrace.app;

import java.nio.file.Path;

/**
 * What one ingest run read.
 *
 * @param files        archive files read
 * @param posts        items stored
 * @param withVideo    of those, items with a video file
 * @param errors       items rejected (each reported on stderr)
 */
record IngestSummary(int files, int posts, int withVideo, int errors) {
  IngestSummary {
    if (files < 0 || posts < 0 || withVideo < 0 || errors < 0 || withVideo > posts) {
      throw new IllegalArgumentException(
          "inconsistent summary: files=" + files + " posts=" + posts + " withVideo=" + withVideo
              + " errors=" + errors);
    }
  }

  /** True when the run stored nothing: no archive files, or every item was rejected. */
  boolean nothingRead() {
    return posts == 0;
  }

  String describe(Path archive) {
    return String.format(
        "ingested %s: %d archive file%s, %d item%s stored (%d with video, %d metadata only), %d rejected",
        archive, files, files == 1 ? "" : "s", posts, posts == 1 ? "" : "s", withVideo,
        posts - withVideo, errors);
  }
}
