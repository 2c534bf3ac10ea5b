package org.reeltrace.store;

/**
 * What a store holds.
 *
 * @param channels distinct channels (platform, channel id)
 * @param posts    distinct posts (platform, post id)
 * @param media    distinct video files (SHA-256)
 * @param errors   items rejected by the newest ingest run (0 when there was none)
 */
public record StoreStats(long channels, long posts, long media, long errors) {
  public StoreStats {
    if (channels < 0 || posts < 0 || media < 0 || errors < 0) {
      throw new IllegalArgumentException("counts must be >= 0, were " + channels + ", " + posts
          + ", " + media + ", " + errors);
    }
  }
}
