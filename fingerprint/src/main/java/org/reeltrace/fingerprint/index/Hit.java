package org.reeltrace.fingerprint.index;

/**
 * One stored hash found by a {@link MultiIndex} search.
 *
 * @param id       the id the hash was added with
 * @param distance its Hamming distance to the query, 0..256
 */
public record Hit(long id, int distance) {
  public Hit {
    if (distance < 0 || distance > 256) {
      throw new IllegalArgumentException("distance must be 0..256, was " + distance);
    }
  }
}
