package org.reeltrace.bench.lineage;

/** How much of a post's posting time its archive states. */
enum StatedTime {
  /** To the second. */
  EXACT,
  /** Only the day (yt-dlp {@code upload_date} without {@code timestamp}), read as midnight UTC. */
  DAY,
  /** Not at all. */
  MISSING
}
