package org.reeltrace.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reeltrace.fingerprint.align.VideoMatch;

/**
 * The match stage: every fingerprinted video is searched against all the others; each pair of videos
 * that share footage is reported once (the video with the smaller SHA-256 as the query).
 */
final class MatchStage {
  private MatchStage() {}

  static List<VideoMatch> run(StoredCopies copies, Progress progress) {
    List<VideoMatch> all = new ArrayList<>();
    progress.start("match", copies.videos().size());
    for (Map.Entry<String, FrameHashes> video : copies.videos().entrySet()) {
      for (VideoMatch match : copies.index().search(video.getKey(), video.getValue(), video.getKey())) {
        if (match.queryId().compareTo(match.referenceId()) < 0) {
          all.add(match);
        }
      }
      progress.advance(1);
    }
    progress.finish();
    return all;
  }
}
