package org.reeltrace.fingerprint.index;

/**
 * The hashes added since the last segment was sealed: a small append-only buffer searched by brute
 * force, so an add is visible to the very next query without rebuilding any table.
 */
final class RecentHashes {
  private long[] words;
  private long[] ids;
  private int size;

  RecentHashes(int capacity) {
    words = new long[4 * capacity];
    ids = new long[capacity];
  }

  int size() {
    return size;
  }

  int capacity() {
    return ids.length;
  }

  boolean isFull() {
    return size == ids.length;
  }

  void add(long id, long w0, long w1, long w2, long w3) {
    int o = 4 * size;
    words[o] = w0;
    words[o + 1] = w1;
    words[o + 2] = w2;
    words[o + 3] = w3;
    ids[size++] = id;
  }

  long id(int i) {
    return ids[i];
  }

  long[] words() {
    return words;
  }

  /** Indexes the buffered hashes as a new segment and empties the buffer. */
  Segment seal(SubstringLayout layout) {
    Segment s = new Segment(layout, words, ids, size);
    size = 0;
    return s;
  }

  long bytes() {
    return 8L * words.length + 8L * ids.length;
  }

  void search(long[] q, int radius, HitConsumer out) {
    for (int i = 0, o = 0; i < size; i++, o += 4) {
      int d = Long.bitCount(words[o] ^ q[0]) + Long.bitCount(words[o + 1] ^ q[1])
          + Long.bitCount(words[o + 2] ^ q[2]) + Long.bitCount(words[o + 3] ^ q[3]);
      if (d <= radius) {
        out.accept(ids[i], d);
      }
    }
  }
}
