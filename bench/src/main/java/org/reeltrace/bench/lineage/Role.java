package org.reeltrace.bench.lineage;

/** What a generated channel does with footage. */
enum Role {
  /** Posts its own footage only. */
  CREATOR,
  /** A Douyin account posting its own footage. */
  DOUYIN_CREATOR,
  /** Says it is a visitor and posts only its own footage. */
  OUTSIDER,
  /** Re-posts the originals of one or two creators. */
  LIFTER,
  /** A TikTok account re-posting Douyin originals. */
  DOUYIN_REPOSTER,
  /** Re-posts other re-posts, making chains original → re-post → re-post. */
  AGGREGATOR,
  /** A YouTube Shorts channel re-posting TikTok footage; its posting dates are given to the day. */
  SHORTS_LIFTER
}
