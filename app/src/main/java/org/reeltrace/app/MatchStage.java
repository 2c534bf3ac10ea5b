package org.reeltrace.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeltrace.fingerprint.align.Segment;
import org.reeltrace.fingerprint.align.VideoMatch;

/**
 * The match stage: every fingerprinted video is searched against all the others; each pair of videos
 * that share footage is reported once. The search is not symmetric (the query's frames are thinned and
 * looked up, the reference's are not; a region pass runs only where the whole pictures matched weakly),
 * so a pair found in either direction counts; when both directions found it, the one aligning more
 * seconds (query and reference together) is kept, the search from the smaller SHA-256 on a tie.
 */
final class MatchStage {
  private MatchStage() {}

  static List<CopyMatch> run(StoredCopies copies, Progress progress) {
    Map<String, CopyMatch> byPair = new LinkedHashMap<>();
    progress.start("match", copies.videos().size());
    for (Map.Entry<String, FrameHashes> video : copies.videos().entrySet()) {
      for (CopyMatch found : copies.index().search(video.getKey(), video.getValue(), video.getKey())) {
        VideoMatch match = found.match();
        boolean fromSmaller = match.queryId().compareTo(match.referenceId()) < 0;
        String pair = fromSmaller ? match.queryId() + " " + match.referenceId()
            : match.referenceId() + " " + match.queryId();
        CopyMatch other = byPair.get(pair);
        double gain = other == null ? 1 : alignedSeconds(match) - alignedSeconds(other.match());
        if (gain > 0 || (gain == 0 && fromSmaller)) {
          byPair.put(pair, found);
        }
      }
      progress.advance(1);
    }
    progress.finish();
    return new ArrayList<>(byPair.values());
  }

  private static double alignedSeconds(VideoMatch match) {
    double sum = 0;
    for (Segment s : match.segments()) {
      sum += (s.queryEnd() - s.queryStart()) + (s.referenceEnd() - s.referenceStart());
    }
    return sum;
  }
}
