package org.reeltrace.fingerprint.audio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

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
 * times are only accurate to a frame). Cells are then merged per track (any offset, any speed;
 * only the {@link #CELLS_PER_SPEED} best cells of each speed take part), keeping each track's best
 * cell. With the track scores sorted s1 >= s2 >= ..., the matches are the first m tracks where m
 * is the smallest count with s_m >= {@link #MIN_VOTES} and s_m >= {@link #MIN_RATIO} × s_(m+1): a
 * clear gap between the matching tracks and the best chance alignment of any other track. If no
 * such m exists there is no match.
 */
/*
 * Why per track and not per (track, offset): game and pop music repeat passages (loops,
 * choruses), so a clip also aligns, nearly as well, with the repeat of its passage elsewhere in
 * the same song. Counting that repeat as "the best other alignment" rejected true matches: in the
 * evaluation of docs/benchmarks.md (soundtrack identification, 2026-11-25) every one of 42 misses
 * had the right song as its best alignment, and many had the same song as the runner-up (a clean
 * 5 s clip: 144 votes against 129 for its repeat). A repeat is not evidence against the song.
 */
final class OffsetVoter {
  static final double MIN_SPEED = 0.95;
  static final double MAX_SPEED = 1.05;
  static final double SPEED_STEP = 0.01;
  static final int MIN_VOTES = 12;
  static final double MIN_RATIO = 2.5;
  static final int MAX_MATCHES = 8;
  static final int CELLS_PER_SPEED = 256;
  static final int EARLY_VOTES = 2 * MIN_VOTES;
  static final double EARLY_RATIO = 4;

  private record Cell(int track, int speedIndex, int offset, int votes) {}

  private static final Comparator<Cell> BY_VOTES = Comparator.comparingInt(Cell::votes).reversed();

  private final Postings postings;
  private final List<String> trackIds;
  private long[] rankBuffer = new long[1024];

  OffsetVoter(Postings postings, List<String> trackIds) {
    this.postings = postings;
    this.trackIds = trackIds;
  }

  List<SoundtrackMatch> query(List<Landmark> query) {
    List<Cell> clusters = clusters(query);
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

  /** The best alignment and the runner-up's votes, whether or not they pass the threshold. */
  Optional<AlignmentScore> best(List<Landmark> query) {
    List<Cell> clusters = clusters(query);
    if (clusters.isEmpty()) {
      return Optional.empty();
    }
    Cell top = clusters.get(0);
    return Optional.of(new AlignmentScore(trackIds.get(top.track), speed(top.speedIndex),
        top.votes, clusters.size() > 1 ? clusters.get(1).votes : 0));
  }

  /*
   * The sweep runs from speed 1.0 outwards (1.00, 0.99, 1.01, 0.98, ...) and stops as soon as
   * the best cluster is decisive (EARLY_VOTES and EARLY_RATIO, stricter than the acceptance
   * rule) and both speeds next to its own have been tried, so that the reported speed is still
   * the best of its neighbourhood. Most real clips play at or near 1.0, so most queries run 3 of
   * the 11 speeds; a clip sped by 3 % still runs until 0.97 or 1.03 and its neighbours.
   */
  private List<Cell> clusters(List<Landmark> query) {
    int speeds = speedCount();
    boolean[] tried = new boolean[speeds];
    int center = (int) Math.round((1.0 - MIN_SPEED) / SPEED_STEP);
    OffsetHistogram histogram = new OffsetHistogram();
    Hit vote = histogram::vote;
    List<Cell> cells = new ArrayList<>();
    List<Cell> clusters = List.of();
    for (int step = 0; step < 2 * speeds; step++) {
      int s = center + ((step & 1) == 0 ? step / 2 : -(step + 1) / 2);
      if (s < 0 || s >= speeds) {
        continue;
      }
      tried[s] = true;
      histogram.clear();
      double speed = speed(s);
      for (Landmark l : query) {
        forEachHit(l, speed, vote);
      }
      addBestCells(histogram, s, cells);
      clusters = cluster(cells);
      if (decisive(clusters, tried)) {
        break;
      }
    }
    return clusters;
  }

  private static boolean decisive(List<Cell> clusters, boolean[] tried) {
    if (clusters.isEmpty()) {
      return false;
    }
    Cell top = clusters.get(0);
    int runnerUp = clusters.size() > 1 ? clusters.get(1).votes : 0;
    int s = top.speedIndex;
    return top.votes >= EARLY_VOTES && top.votes >= EARLY_RATIO * Math.max(1, runnerUp)
        && (s == 0 || tried[s - 1]) && (s == tried.length - 1 || tried[s + 1]);
  }

  /**
   * Adds the {@link #CELLS_PER_SPEED} best (track, offset) cells of one speed to {@code cells},
   * ranking packed (votes, slot) longs instead of allocating a cell per histogram entry.
   */
  private void addBestCells(OffsetHistogram histogram, int speedIndex, List<Cell> cells) {
    int n = 0;
    long[] ranked = rankBuffer;
    for (int slot = 0; slot < histogram.capacity(); slot++) {
      if (!histogram.occupied(slot)) {
        continue;
      }
      int total = histogram.countAt(slot)
          + histogram.count(histogram.trackAt(slot), histogram.offsetAt(slot) + 1);
      if (total >= 2) {
        if (n == ranked.length) {
          ranked = Arrays.copyOf(ranked, ranked.length * 2);
        }
        ranked[n++] = ((long) total << 32) | slot;
      }
    }
    rankBuffer = ranked;
    Arrays.sort(ranked, 0, n);
    for (int i = n - 1; i >= Math.max(0, n - CELLS_PER_SPEED); i--) {
      int slot = (int) ranked[i];
      cells.add(new Cell(histogram.trackAt(slot), speedIndex, histogram.offsetAt(slot),
          (int) (ranked[i] >>> 32)));
    }
  }

  private static List<Cell> cluster(List<Cell> cells) {
    List<Cell> sorted = new ArrayList<>(cells);
    sorted.sort(BY_VOTES);
    List<Cell> clusters = new ArrayList<>();
    for (Cell c : sorted) {
      boolean near = false;
      for (Cell p : clusters) {
        if (p.track == c.track) {
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
    return clusters;
  }

  private List<SoundtrackMatch> describe(List<Cell> winners, List<Landmark> query, int background) {
    List<SoundtrackMatch> out = new ArrayList<>();
    for (Cell w : winners) {
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

  private static int speedCount() {
    return (int) Math.round((MAX_SPEED - MIN_SPEED) / SPEED_STEP) + 1;
  }

  private static double speed(int index) {
    return Math.round((MIN_SPEED + index * SPEED_STEP) * 1000) / 1000.0;
  }
}
