package org.reeltrace.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * A random archive with known lineage: original channels post clips; lifter channels re-post windows
 * of earlier posts (originals or other lifts, so copies of copies and copies of splices occur) and
 * splice windows of two posts; the "matcher" reports every pair of posts sharing at least 3 s of a
 * clip, drops 30 % of the pairs that are not copy and parent, moves segment starts by up to half a
 * second and lets segment ends overshoot by up to a second. A post must be found in a clip's cluster
 * when it shows {@link #REQUIRED} seconds of it, and may be when it shows any.
 */
final class SyntheticArchive {
  /** A stretch of clip {@code clip}, seconds [clipStart, clipEnd), shown from {@code postStart} on. */
  record Piece(int clip, double clipStart, double clipEnd, double postStart) {
    double length() {
      return clipEnd - clipStart;
    }
  }

  record Made(LineagePost post, List<Piece> pieces, List<PostKey> parents) {}

  static final double MIN_SHARED = 3;
  static final double REQUIRED = 5;
  private static final Instant T0 = Instant.parse("2020-01-01T00:00:00Z");

  final List<Made> made = new ArrayList<>();
  final Map<Integer, PostKey> clipOrigin = new HashMap<>();
  final List<PostMatch> matches = new ArrayList<>();
  private final Random random;

  SyntheticArchive(long seed) {
    random = new Random(seed);
    int originals = 2 + random.nextInt(4);
    int clip = 0;
    for (int c = 0; c < originals; c++) {
      int clips = 1 + random.nextInt(4);
      for (int k = 0; k < clips; k++) {
        double length = 15 + random.nextInt(30);
        Instant at = T0.plusSeconds(random.nextInt(200) * 86_400L + random.nextInt(86_400));
        LineagePost p = post("o" + clip, "creator" + c, at);
        made.add(new Made(p, List.of(new Piece(clip, 0, length, 0)), List.of()));
        clipOrigin.put(clip, p.key());
        clip++;
      }
    }
    made.sort(java.util.Comparator.comparing(m -> m.post().postedAt()));
    int lifters = 2 + random.nextInt(4);
    int n = 0;
    for (int l = 0; l < lifters; l++) {
      int posts = 2 + random.nextInt(5);
      for (int k = 0; k < posts; k++) {
        String id = "l" + (n++);
        if (random.nextInt(4) == 0) {
          splice(id, "lifter" + l);
        } else {
          repost(id, "lifter" + l);
        }
      }
    }
    matcher();
  }

  private static LineagePost post(String id, String handle, Instant at) {
    return LineagePost.of(new PostKey("tiktok", id), new ChannelKey("tiktok", handle), at);
  }

  private static double duration(List<Piece> pieces) {
    return pieces.stream().mapToDouble(p -> p.postStart() + p.length()).max().orElse(0);
  }

  /** The pieces of {@code from} inside its window [start, end), moved to start at {@code at}. */
  private static List<Piece> window(List<Piece> from, double start, double end, double at) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : from) {
      double s = Math.max(start, p.postStart());
      double e = Math.min(end, p.postStart() + p.length());
      if (e - s >= 1) {
        out.add(new Piece(p.clip(), p.clipStart() + (s - p.postStart()), p.clipStart() + (e - p.postStart()),
            at + (s - start)));
      }
    }
    return out;
  }

  private void repost(String id, String handle) {
    Made parent = made.get(random.nextInt(made.size()));
    double d = duration(parent.pieces());
    double len = Math.max(6, d * (0.4 + 0.6 * random.nextDouble()));
    len = Math.min(len, d);
    double start = Math.floor(random.nextDouble() * (d - len));
    List<Piece> pieces = window(parent.pieces(), start, start + len, 0);
    Instant at = parent.post().postedAt().plusSeconds(3_600 + random.nextInt(60 * 86_400));
    add(new Made(post(id, handle, at), pieces, List.of(parent.post().key())));
  }

  private void splice(String id, String handle) {
    Made a = made.get(random.nextInt(made.size()));
    Made b = made.get(random.nextInt(made.size()));
    Set<Integer> clipsA = new HashSet<>();
    a.pieces().forEach(p -> clipsA.add(p.clip()));
    if (b.pieces().stream().anyMatch(p -> clipsA.contains(p.clip()))) {
      repost(id, handle);
      return;
    }
    double la = Math.min(duration(a.pieces()), 8 + random.nextInt(8));
    double lb = Math.min(duration(b.pieces()), 8 + random.nextInt(8));
    List<Piece> pieces = new ArrayList<>(window(a.pieces(), 0, la, 0));
    pieces.addAll(window(b.pieces(), 0, lb, la));
    Instant later = a.post().postedAt().isAfter(b.post().postedAt()) ? a.post().postedAt() : b.post().postedAt();
    add(new Made(post(id, handle, later.plusSeconds(3_600 + random.nextInt(30 * 86_400))), pieces, List.of(a.post().key(), b.post().key())));
  }

  private void add(Made m) {
    made.add(m);
    made.sort(java.util.Comparator.comparing(x -> x.post().postedAt()));
  }

  private void matcher() {
    for (int i = 0; i < made.size(); i++) {
      for (int j = i + 1; j < made.size(); j++) {
        Made x = made.get(i);
        Made y = made.get(j);
        boolean family = y.parents().contains(x.post().key()) || x.parents().contains(y.post().key());
        List<SharedSegment> segments = new ArrayList<>();
        for (Piece p : x.pieces()) {
          for (Piece q : y.pieces()) {
            if (p.clip() != q.clip()) {
              continue;
            }
            double s = Math.max(p.clipStart(), q.clipStart());
            double e = Math.min(p.clipEnd(), q.clipEnd());
            if (e - s < MIN_SHARED) {
              continue;
            }
            double jitterStart = random.nextDouble() - 0.5;
            double jitterEnd = random.nextDouble() * 1.5 - 0.5;
            double as = Math.max(0, p.postStart() + (s - p.clipStart()) + jitterStart);
            double bs = Math.max(0, q.postStart() + (s - q.clipStart()) + jitterStart);
            double len = e - s - jitterStart + jitterEnd;
            segments.add(new SharedSegment(as, as + len, bs, bs + len, 1.0, 0.9));
          }
        }
        if (!segments.isEmpty() && (family || random.nextInt(10) >= 3)) {
          matches.add(new PostMatch(x.post().key(), y.post().key(), segments));
        }
      }
    }
  }

  LineageInput input() {
    return new LineageInput(made.stream().map(Made::post).toList(), matches);
  }

  /** Clip → the posts that show at least {@code least} seconds of it. */
  Map<Integer, Set<PostKey>> clusters(double least) {
    Map<Integer, Set<PostKey>> out = new HashMap<>();
    for (Made m : made) {
      for (Piece p : m.pieces()) {
        if (p.length() >= least) {
          out.computeIfAbsent(p.clip(), c -> new HashSet<>()).add(m.post().key());
        }
      }
    }
    return out;
  }

  /**
   * For each post showing at least {@code least} seconds of another channel's clip: the edges it may be
   * counted under, "lifting channel > original channel" or "lifting channel > channel of a post it was
   * made from, directly or through others" (a copy of a copy that matched its parent but not the
   * original lifts from the parent), one set per such post and clip.
   */
  List<Set<String>> channelEdgeChoices(double least) {
    Map<PostKey, Made> byKey = new HashMap<>();
    made.forEach(m -> byKey.put(m.post().key(), m));
    List<Set<String>> out = new ArrayList<>();
    clusters(least).forEach((clip, posts) -> {
      ChannelKey origin = byKey.get(clipOrigin.get(clip)).post().channel();
      for (PostKey p : posts) {
        ChannelKey channel = byKey.get(p).post().channel();
        if (channel.equals(origin)) {
          continue;
        }
        Set<String> choices = new HashSet<>();
        choices.add(channel + ">" + origin);
        java.util.ArrayDeque<PostKey> todo = new java.util.ArrayDeque<>(byKey.get(p).parents());
        Set<PostKey> seen = new HashSet<>();
        while (!todo.isEmpty()) {
          PostKey a = todo.pop();
          if (seen.add(a)) {
            ChannelKey ancestor = byKey.get(a).post().channel();
            if (!ancestor.equals(channel)) {
              choices.add(channel + ">" + ancestor);
            }
            todo.addAll(byKey.get(a).parents());
          }
        }
        out.add(choices);
      }
    });
    return out;
  }

}
