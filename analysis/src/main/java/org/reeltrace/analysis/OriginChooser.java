package org.reeltrace.analysis;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Picks the first appearance of a cluster's footage. Contract: when exactly one post has the earliest
 * posting time and every other post has a later one, that post is the origin; otherwise the earliest
 * timed posts and the untimed posts are candidates and other evidence decides, always stated. An
 * earliest posting time at exactly midnight UTC is read as a date given to the day: every post of that
 * day is a candidate too.
 */
final class OriginChooser {
  /*
   * Order of evidence (strongest first), for candidates that tie or lack a posting time:
   *  - watermarks: platforms stamp the poster's handle on downloaded videos, so another member's
   *    watermark naming a candidate's account is strong evidence the footage passed through that
   *    account first (+1 per naming post); a candidate that itself carries another member's
   *    watermark was downloaded from that member (-1);
   *  - post id time: TikTok and Douyin post ids are ByteDance "snowflake" ids whose top 32 bits are
   *    the creation time in Unix seconds, so they order posts finer than a posting date given to the
   *    day (yt-dlp's upload_date) (+0.75 to the earliest; +1.5 when it is before every other
   *    candidate's posting time, which outweighs another member's watermark);
   *  - container creation time: a re-encode gets a new, later creation time (+0.5 to the earliest, when
   *    two candidates or more have one);
   *  - resolution: every re-upload re-encodes, usually at the same or lower resolution (+0.25 to the
   *    strictly largest frame);
   *  - a known posting time over an unknown one (+0.1): an untimed post with no other evidence is
   *    not assumed earlier than the earliest dated post.
   * Remaining ties go to the lowest post id (stated as an arbitrary choice).
   * When the earliest posting time is a date given to the day, of the posts of that day with an exact
   * time only the earliest is a candidate: exact times order them (a watermark naming a later one says
   * the footage passed through it, not that it began there).
   * An untimed post whose container was created after the earliest posting time (the end of its day
   * when that time is a date given to the day), or whose post id encodes a time more than a day after
   * it (posting dates may be given to the day), is no candidate.
   */

  record Origin(LineagePost post, double confidence, boolean certain, List<Evidence> evidence) {}

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(java.time.ZoneOffset.UTC);

  static final Comparator<LineagePost> BY_TIME = Comparator
      .comparing(LineagePost::postedAt, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(p -> p.key().toString());

  Origin choose(List<LineagePost> members) {
    List<LineagePost> sorted = new ArrayList<>(members);
    sorted.sort(BY_TIME);
    List<LineagePost> timed = sorted.stream().filter(p -> p.postedAt() != null).toList();
    List<LineagePost> untimed = sorted.stream().filter(p -> p.postedAt() == null).toList();
    List<LineagePost> candidates = new ArrayList<>();
    List<Evidence> context = new ArrayList<>();
    Instant earliest = timed.isEmpty() ? null : timed.get(0).postedAt();
    if (earliest != null) {
      boolean byDay = dayPrecision(earliest);
      Instant until = byDay ? earliest.plus(Duration.ofDays(1)) : earliest.plusNanos(1);
      timed.stream().filter(p -> p.postedAt().isBefore(until)).forEach(candidates::add);
      // posts with exact times are ordered by them: only the first of them can tie with a date
      candidates.stream().map(LineagePost::postedAt).filter(t -> !dayPrecision(t)).min(Comparator.naturalOrder())
          .ifPresent(firstExact -> candidates.removeIf(
              p -> !dayPrecision(p.postedAt()) && p.postedAt().isAfter(firstExact)));
      if (candidates.size() > 1) {
        context.add(new Evidence(Evidence.Kind.TIED_TIME, candidates.size() + (byDay
            ? " posts were posted on " + DAY.format(earliest) + ", the earliest posting date, given only to the day"
            : " posts share the earliest posting time " + earliest) + ": " + names(candidates), 0));
      }
    }
    List<LineagePost> untimedCandidates = new ArrayList<>();
    // the latest moment the earliest timed post may have been posted: the end of its day when given to the day
    Instant latestEarliest = earliest == null ? null : dayPrecision(earliest) ? earliest.plus(Duration.ofDays(1)) : earliest;
    for (LineagePost p : untimed) {
      if (latestEarliest != null && p.containerCreatedAt() != null && p.containerCreatedAt().isAfter(latestEarliest)) {
        continue;
      }
      Instant created = idTime(p);
      if (earliest != null && created != null && created.isAfter(earliest.plus(Duration.ofDays(1)))) {
        continue;
      }
      untimedCandidates.add(p);
    }
    if (!untimedCandidates.isEmpty()) {
      context.add(new Evidence(Evidence.Kind.MISSING_TIME, untimedCandidates.size()
          + (untimedCandidates.size() == 1 ? " post has" : " posts have") + " no posting time and may be earlier: "
          + names(untimedCandidates), 0));
      candidates.addAll(untimedCandidates);
    }
    if (candidates.size() == 1) {
      return single(candidates.get(0), timed, sorted, context);
    }
    return decide(candidates, sorted, earliest, context);
  }

  /**
   * Whether a posting time may be a date given to the day: exactly midnight UTC, as yt-dlp's
   * {@code upload_date} without a {@code timestamp} is read. Such a post may have been posted at any
   * time of that day, so every post of that day ties with it.
   */
  static boolean dayPrecision(Instant t) {
    return t.getEpochSecond() % 86_400 == 0 && t.getNano() == 0;
  }

  private Origin single(LineagePost origin, List<LineagePost> timed, List<LineagePost> all, List<Evidence> context) {
    List<Evidence> evidence = new ArrayList<>();
    LineagePost next = timed.stream().filter(p -> p != origin).findFirst().orElse(null);
    double confidence;
    if (next == null) {
      evidence.add(new Evidence(Evidence.Kind.POSTED_FIRST, "posted " + origin.postedAt()
          + "; no other post of this footage has a posting time", 1.0));
      confidence = 0.8;
    } else {
      Duration gap = Duration.between(origin.postedAt(), next.postedAt());
      evidence.add(new Evidence(Evidence.Kind.POSTED_FIRST, "posted " + DAY.format(origin.postedAt()) + ", "
          + gapText(gap) + " before the next (" + next.key() + " by @" + next.displayHandle() + ")", 1.0));
      confidence = gap.toHours() >= 24 ? 0.97 : gap.toMinutes() >= 60 ? 0.9 : 0.8;
    }
    // Watermarks corroborate the posting time, or contradict it (the earliest post carries another
    // poster's watermark: it may be a re-upload of a post the archive dates wrongly or lacks).
    for (LineagePost other : all) {
      if (other.channel().equals(origin.channel())) {
        continue;
      }
      if (names(other, origin)) {
        evidence.add(new Evidence(Evidence.Kind.WATERMARK, "the watermark on " + other.key() + " (@"
            + other.displayHandle() + ") names @" + origin.displayHandle(), 0.5));
      }
      if (names(origin, other)) {
        evidence.add(new Evidence(Evidence.Kind.WATERMARK, "carries the watermark of @" + other.displayHandle()
            + ", a later poster of this footage: the posting times may be wrong", -1.0));
        confidence = Math.min(confidence, 0.6);
      }
    }
    evidence.addAll(context);
    return new Origin(origin, confidence, context.isEmpty(), evidence);
  }

  static String gapText(Duration gap) {
    long days = gap.toDays();
    if (days >= 1) {
      return days + (days == 1 ? " day" : " days");
    }
    long hours = gap.toHours();
    if (hours >= 1) {
      return hours + (hours == 1 ? " hour" : " hours");
    }
    long minutes = gap.toMinutes();
    if (minutes >= 1) {
      return minutes + (minutes == 1 ? " minute" : " minutes");
    }
    return gap.toSeconds() + " seconds";
  }

  private Origin decide(List<LineagePost> candidates, List<LineagePost> all, Instant earliest, List<Evidence> context) {
    Map<LineagePost, List<Evidence>> reasons = new HashMap<>();
    for (LineagePost c : candidates) {
      reasons.put(c, new ArrayList<>());
    }
    for (LineagePost c : candidates) {
      List<Evidence> r = reasons.get(c);
      for (LineagePost other : all) {
        if (other.channel().equals(c.channel())) {
          continue;
        }
        if (names(other, c)) {
          r.add(new Evidence(Evidence.Kind.WATERMARK, "the watermark on " + other.key() + " (@"
              + other.displayHandle() + ") names @" + c.displayHandle(), 1.0));
        }
        if (names(c, other)) {
          r.add(new Evidence(Evidence.Kind.WATERMARK, "carries the watermark of @" + other.displayHandle()
              + ", another poster of this footage", -1.0));
        }
      }
    }
    LineagePost oldestId = strictlyBest(candidates, p -> idTime(p) == null ? null : -idTime(p).getEpochSecond());
    if (oldestId != null) {
      Instant created = idTime(oldestId);
      boolean beforeAllPosted = candidates.stream().filter(c -> c != oldestId)
          .allMatch(c -> c.postedAt() != null && created.isBefore(c.postedAt()));
      reasons.get(oldestId).add(beforeAllPosted
          ? new Evidence(Evidence.Kind.POST_ID_TIME, "its post id encodes the creation time " + created
              + ", before every other candidate's posting time", ID_BEFORE_ALL_POSTED)
          : new Evidence(Evidence.Kind.POST_ID_TIME, "its post id encodes the creation time " + created
              + ", before the other candidates'", 0.75));
    }
    // a file time compares only with another: a candidate without one may have been made earlier
    boolean filesToCompare = candidates.stream().filter(p -> p.containerCreatedAt() != null).count() >= 2;
    LineagePost oldestFile = !filesToCompare ? null : strictlyBest(candidates,
        p -> p.containerCreatedAt() == null ? null : -p.containerCreatedAt().toEpochMilli());
    if (oldestFile != null) {
      reasons.get(oldestFile).add(new Evidence(Evidence.Kind.CONTAINER_CREATED, "its video file was created "
          + oldestFile.containerCreatedAt() + ", before the other candidates' files", 0.5));
    }
    LineagePost sharpest = strictlyBest(candidates, p -> p.pixels() == 0 ? null : p.pixels());
    if (sharpest != null) {
      reasons.get(sharpest).add(new Evidence(Evidence.Kind.RESOLUTION, "highest resolution among the candidates ("
          + sharpest.width() + "x" + sharpest.height() + "); re-uploads are re-encoded", 0.25));
    }
    if (earliest != null) {
      for (LineagePost c : candidates) {
        if (c.postedAt() != null) {
          reasons.get(c).add(new Evidence(Evidence.Kind.KNOWN_TIME, "has a known posting time ("
              + c.postedAt() + ")", 0.1));
        }
      }
    }
    List<LineagePost> ranked = new ArrayList<>(candidates);
    Comparator<LineagePost> byScore = Comparator.comparingDouble(p -> -score(reasons.get(p)));
    ranked.sort(byScore.thenComparing(BY_TIME));
    LineagePost best = ranked.get(0);
    double margin = score(reasons.get(best)) - score(reasons.get(ranked.get(1)));
    List<Evidence> evidence = new ArrayList<>(reasons.get(best));
    if (margin <= 1e-9) {
      evidence.add(new Evidence(Evidence.Kind.ORDER_FALLBACK, "no evidence separates " + names(candidates)
          + "; chose the first by posting time, then post id (arbitrary)", 0));
    }
    evidence.addAll(context);
    double confidence = margin >= 1 ? 0.85 : margin >= 0.5 ? 0.7 : margin > 1e-9 ? 0.6 : 1.0 / candidates.size();
    return new Origin(best, confidence, false, evidence);
  }

  /**
   * Weight of a post id whose encoded creation time precedes every other candidate's posting time: the
   * post existed before any other was posted, which outweighs a later member's watermark naming another
   * candidate (that says the footage passed through that account before the later member, not before
   * this post; lineage evaluation seed 12: an untimed creator's post and a lifter's letterboxed copy, which
   * an aggregator downloaded).
   */
  static final double ID_BEFORE_ALL_POSTED = 1.5;

  private static final long EARLIEST_ID_TIME = java.time.Instant.parse("2016-01-01T00:00:00Z").getEpochSecond();
  private static final long LATEST_ID_TIME = java.time.Instant.parse("2040-01-01T00:00:00Z").getEpochSecond();

  /** The creation time in a TikTok or Douyin post id, or null when the id carries none. */
  static Instant idTime(LineagePost p) {
    String platform = p.key().platform();
    if (!platform.equals("tiktok") && !platform.equals("douyin")) {
      return null;
    }
    String id = p.key().postId();
    if (id.length() < 15 || id.length() > 20 || !id.chars().allMatch(Character::isDigit)) {
      return null;
    }
    try {
      long seconds = Long.parseUnsignedLong(id) >>> 32;
      return seconds >= EARLIEST_ID_TIME && seconds <= LATEST_ID_TIME ? Instant.ofEpochSecond(seconds) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static double score(List<Evidence> evidence) {
    return evidence.stream().mapToDouble(Evidence::weight).sum();
  }

  /** The candidate with the strictly greatest non-null value, or null when none or tied. */
  private static LineagePost strictlyBest(List<LineagePost> candidates,
      java.util.function.Function<LineagePost, Long> value) {
    LineagePost best = null;
    Long bestValue = null;
    boolean tied = false;
    for (LineagePost c : candidates) {
      Long v = value.apply(c);
      if (v == null) {
        continue;
      }
      if (bestValue == null || v > bestValue) {
        best = c;
        bestValue = v;
        tied = false;
      } else if (v.equals(bestValue)) {
        tied = true;
      }
    }
    return tied ? null : best;
  }

  /** True when a watermark on {@code carrier} names {@code named}'s account. */
  static boolean names(LineagePost carrier, LineagePost named) {
    return carrier.watermarkNames(named.channelHandle()) || carrier.watermarkNames(named.channel().channelId());
  }

  private static String names(List<LineagePost> posts) {
    return posts.stream().map(p -> p.key() + " (@" + p.displayHandle() + ")").collect(Collectors.joining(", "));
  }
}
