package org.reeltrace.fingerprint.audio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Scores a query against the postings by voting on time offsets.
 *
 * <p>Wang (2003, section 2.3): a true match shows as many hash hits whose track time minus query
 * time is the same, a diagonal in the scatterplot, while chance hits spread over all offsets; the
 * score is the height of the tallest bin of the offset histogram. Playback speed changes (common
 * in short videos) stretch both time and frequency, so the query is rehashed for each speed of a
 * sweep ({@link #MIN_SPEED}..{@link #MAX_SPEED}, step {@link #SPEED_STEP}): frequencies divided by
 * the speed, time differences and query times multiplied by it.
 *
 * <p>Each (track, speed, offset) cell scores the votes of two adjacent one-frame offset bins (peak
 * times are only accurate to a frame). Cells are then merged into clusters (same track, offsets
 * within {@link #NEAR_FRAMES}, any speed; only the {@link #CELLS_PER_SPEED} best cells of each
 * speed take part), keeping each cluster's best cell. With the cluster
 * scores sorted s1 >= s2 >= ..., the matches are the first m clusters where m is the smallest count
 * with s_m >= {@link #MIN_VOTES} and s_m >= {@link #MIN_RATIO} × s_(m+1): a clear gap between the
 * matching offsets and the best chance alignment. If no such m exists there is no match.
 */
final class OffsetVoter {
  static final double MIN_SPEED = 0.95;
  static final double MAX_SPEED = 1.05;
  static final double SPEED_STEP = 0.01;
  static final int MIN_VOTES = 12;
  static final double MIN_RATIO = 2.5;
  static final int NEAR_FRAMES = 16;
  static final int MAX_MATCHES = 8;
  static final int CELLS_PER_SPEED = 256;

  private record Cell(int track, int speedIndex, int offset, int votes) {}

  private static final Comparator<Cell> BY_VOTES = Comparator.comparingInt(Cell::votes).reversed();

  private final Postings postings;
  private final List<String> trackIds;

  OffsetVoter(Postings postings, List<String> trackIds) {
    this.postings = postings;
    this.trackIds = trackIds;
  }

  List<SoundtrackMatch> query(List<Landmark> query) {
    int speeds = (int) Math.round((MAX_SPEED - MIN_SPEED) / SPEED_STEP) + 1;
    List<Cell> cells = new ArrayList<>();
    for (int s = 0; s < speeds; s++) {
      double speed = speed(s);
      OffsetHistogram histogram = new OffsetHistogram();
      for (Landmark l : query) {
        forEachHit(l, speed, histogram::vote);
      }
      int speedIndex = s;
      List<Cell> speedCells = new ArrayList<>();
      histogram.forEach((track, offset, votes) -> {
        int total = votes + histogram.count(track, offset + 1);
        if (total >= 2) {
          speedCells.add(new Cell(track, speedIndex, offset, total));
        }
      });
      speedCells.sort(BY_VOTES);
      cells.addAll(speedCells.subList(0, Math.min(CELLS_PER_SPEED, speedCells.size())));
    }
    cells.sort(BY_VOTES);
    List<Cell> clusters = new ArrayList<>();
    for (Cell c : cells) {
      boolean near = false;
      for (Cell p : clusters) {
        if (p.track == c.track && Math.abs(p.offset - c.offset) <= NEAR_FRAMES) {
          near = true;
          break;
        }
      }
      if (!near) {
        clusters.add(c);
        if (clusters.size() > MAX_MATCHES) {
          break;
        }
      }
    }
    for (int m = 1; m <= Math.min(MAX_MATCHES, clusters.size()); m++) {
      int votes = clusters.get(m - 1).votes;
      int background = m < clusters.size() ? clusters.get(m).votes : 0;
      if (votes < MIN_VOTES) {
        return List.of();
      }
      if (votes >= MIN_RATIO * Math.max(1, background)) {
        return describe(clusters.subList(0, m), query, background);
      }
    }
    return List.of();
  }

  private List<SoundtrackMatch> describe(List<Cell> winners, List<Landmark> query, int background) {
    List<SoundtrackMatch> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (Cell w : winners) {
      if (!seen.add(w.track)) {
        continue; // a repeated passage of a track already reported
      }
      double speed = speed(w.speedIndex);
      int[] span = {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE};
      for (Landmark l : query) {
        forEachHit(l, speed, (track, offset) -> {
          if (track == w.track && (offset == w.offset || offset == w.offset + 1)) {
            span[0] = Math.min(span[0], l.anchorFrame());
            span[1] = Math.max(span[1], l.anchorFrame());
            int trackFrame = offset + (int) Math.round(l.anchorFrame() * speed);
            span[2] = Math.min(span[2], trackFrame);
            span[3] = Math.max(span[3], trackFrame);
          }
        });
      }
      double f = AudioFingerprinter.FRAME_SECONDS;
      out.add(new SoundtrackMatch(trackIds.get(w.track),
          span[0] * f, span[1] * f, Math.max(0, span[2]) * f, Math.max(0, span[3]) * f,
          speed, w.votes, Math.max(0, 1 - (double) background / w.votes)));
    }
    return out;
  }

  private interface Hit {
    void accept(int track, int offset);
  }

  private void forEachHit(Landmark l, double speed, Hit hit) {
    int h = LandmarkHash.of(l, speed);
    if (h < 0) {
      return;
    }
    int queryFrame = (int) Math.round(l.anchorFrame() * speed);
    for (int i = postings.firstOf(h); i < postings.size(); i++) {
      long p = postings.get(i);
      if (Postings.hash(p) != h) {
        break;
      }
      hit.accept(Postings.track(p), Postings.frame(p) - queryFrame);
    }
  }

  private static double speed(int index) {
    return Math.round((MIN_SPEED + index * SPEED_STEP) * 1000) / 1000.0;
  }
}
