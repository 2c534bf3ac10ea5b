package org.reeltrace.fingerprint.index;

/** Receives the hits of a {@link MultiIndex} search, each stored hash at most once, in no particular order. */
@FunctionalInterface
public interface HitConsumer {
  /**
   * @param id       the id the hash was added with
   * @param distance its Hamming distance to the query
   */
  void accept(long id, int distance);
}
