package org.reeltrace.fingerprint.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An exact Hamming-space index of 256-bit hashes (PDQ), each stored with a {@code long} id.
 *
 * <p>{@link #search} finds all and only the stored hashes within a Hamming radius of the query, for any
 * radius 0..256 (fast up to about 31, the usual PDQ match threshold; beyond that it degrades to a
 * scan). Hashes may be added at any time; the next search sees them. Ids need not be unique; the index
 * never looks at them. A hash is four {@code long} words, {@code w0} holding bits 0..63.
 *
 * <p>Not thread-safe: concurrent searches are fine only while no thread adds.
 */
public final class MultiIndex {
  /*
   * Design: multi-index hashing (MIH), M. Norouzi, A. Punjani, D. J. Fleet, "Fast Exact Search in
   * Hamming Space with Multi-Index Hashing", CVPR 2012 / IEEE TPAMI 36(6) 2014.
   *
   * The 256 bits are cut into m disjoint substrings, each indexed by its own hash table. If two hashes
   * are within distance r, then by the pigeonhole principle they are within floor(r/m) in at least one
   * substring; the paper's refinement (§3, with r = m*q + a): they are within q in one of the first
   * a+1 substrings or within q-1 in one of the other m-a-1 (SubstringLayout.radii). A search probes,
   * in every table, the buckets within that per-table radius of the query's substring, and checks the
   * full 256-bit distance of each candidate. A candidate found by several tables is reported only by
   * the first table whose radius test it passes, which needs no per-query "seen" set.
   *
   * Choice of m. The paper's cost analysis puts the substring length near log2(n): shorter substrings
   * make buckets long (candidates dominate), longer ones make the probe ball huge (lookups dominate).
   * For n = 1M..10M, log2(n) = 20..23.3, and m = 11 gives substrings of 23-24 bits; at r = 31 that is
   * q = 2 for ten tables and 1 for the last: 10 * 277 + 25 = 2,795 probed keys, and about n / 2^23
   * candidates per probed key, so ~3,300 full checks at 10M (Segment resolves the keys with ~2,100
   * bucket reads). (m = 16, 16-bit substrings, would need only 16 * 17 probes but meet ~41,000
   * candidates per query at 10M, each a cache miss; m = 8, 32-bit, needs 8 * 5,489 probes.)
   * A probed 23-bit key is resolved in two steps, a bucket of its top bits plus a remainder filter
   * stored in the entry (see Segment).
   *
   * Memory (Segment has the layout). The hashes are stored in table-0 bucket order, so table 0 needs
   * no postings; each of the other ten holds one int per hash (position and remainder bits); ids are
   * packed at the width of their spread (24 bits for 0..n-1 at 10M). At 10M: 32 (hash) + 3 (id) + 10 * 4
   * (postings) + 4.6 (bucket offsets, 11 tables of 2^20 ints) = 79.6 bytes per hash. The goal
   * of 48 bytes including the hash is out of reach for an exact radius-31 index with random access
   * postings: it leaves 128 bits for the id and the tables, and every table but the storage order must
   * tell, for each hash, its bucket among ~2^20 (about log2(n) - 3 bits, ~20 at 10M, whatever the
   * encoding); ten such tables need 200+ bits. Fitting 128 bits means at most 5 tables besides the
   * storage order, i.e. m = 6 substrings of 42-43 bits searched at radius 4-5: 10^5..10^6 probed keys
   * per table. docs/benchmarks.md has the arithmetic and the measured figures.
   *
   * Incremental adds (the paper builds once). New hashes go to a small brute-force buffer
   * (RecentHashes); when it fills it is sealed into an immutable Segment, and the newest segment is
   * merged into the one before it while that one is at most MERGE_RATIO times larger (a size-tiered
   * log-structured merge). A query pays the probes of every segment, nearly independent of its size
   * (a 100K-hash segment costs ~60% of a 1M one), so binary merges (ratio 1), which leave a 10M index
   * grown one hash at a time as five segments, made it ~2x slower than a bulk-built one. With ratio 8
   * the segments shrink by more than 8x each (10M ends as ~9M + ~1M + a few small), at ~2x the
   * re-indexing work of binary merges. Bulk loads (addAll, reading a snapshot) index a batch as one
   * segment in a single pass; a segment is never merged into a smaller, older one.
   */

  /** The number of substrings; see the design note above. */
  static final int SUBSTRINGS = 11;

  private static final int DEFAULT_BUFFER = 4096;
  /** A newer segment is merged into the one before while that one is at most this many times larger. */
  private static final int MERGE_RATIO = 8;

  private final SubstringLayout layout = new SubstringLayout(SUBSTRINGS);
  private final List<Segment> segments = new ArrayList<>();
  private final RecentHashes recent;
  private long size;

  /** An empty index. */
  public MultiIndex() {
    this(DEFAULT_BUFFER);
  }

  /** An empty index sealing a segment every {@code bufferSize} adds (tests use small values). */
  MultiIndex(int bufferSize) {
    if (bufferSize < 1 || bufferSize > Segment.MAX_SIZE) {
      throw new IllegalArgumentException("buffer size must be 1.." + Segment.MAX_SIZE + ", was " + bufferSize);
    }
    recent = new RecentHashes(bufferSize);
  }

  /** Adds a hash; the next search sees it. */
  public void add(long id, long w0, long w1, long w2, long w3) {
    recent.add(id, w0, w1, w2, w3);
    size++;
    if (recent.isFull()) {
      segments.add(recent.seal(layout));
      mergeNewestSegments();
    }
  }

  /**
   * Adds many hashes at once, hash {@code i} being {@code words[4i..4i+3]} with id {@code ids[i]}:
   * the same result as adding them one by one, but a large batch is indexed in one pass instead of
   * through repeated segment merges. The arrays are neither kept nor changed.
   *
   * @throws IllegalArgumentException if {@code words} does not hold exactly 4 words per id
   */
  public void addAll(long[] ids, long[] words) {
    if (words.length != 4L * ids.length) {
      throw new IllegalArgumentException(
          "words must hold 4 per id: " + ids.length + " ids, " + words.length + " words");
    }
    if (ids.length < recent.capacity()) {
      for (int i = 0; i < ids.length; i++) {
        add(ids[i], words[4 * i], words[4 * i + 1], words[4 * i + 2], words[4 * i + 3]);
      }
      return;
    }
    if (recent.size() > 0) {
      segments.add(recent.seal(layout));
      mergeNewestSegments();
    }
    if (ids.length <= Segment.MAX_SIZE) {
      addSegment(words, ids, ids.length);
      return;
    }
    for (int from = 0; from < ids.length; from += Segment.MAX_SIZE) {
      int n = Math.min(Segment.MAX_SIZE, ids.length - from);
      addSegment(Arrays.copyOfRange(words, 4 * from, 4 * (from + n)), Arrays.copyOfRange(ids, from, from + n), n);
    }
  }

  /** The number of hashes added. */
  public long size() {
    return size;
  }

  /**
   * Calls {@code out} once for each stored hash within Hamming distance {@code radius} (inclusive) of
   * the query, and for no other.
   *
   * @throws IllegalArgumentException if radius is not 0..256
   */
  public void search(long w0, long w1, long w2, long w3, int radius, HitConsumer out) {
    if (radius < 0 || radius > SubstringLayout.BITS) {
      throw new IllegalArgumentException("radius must be 0..256, was " + radius);
    }
    long[] q = {w0, w1, w2, w3};
    int[] radii = layout.radii(radius);
    for (Segment s : segments) {
      s.search(q, radius, radii, out);
    }
    recent.search(q, radius, out);
  }

  /** The stored hashes within {@code radius} of the query, nearest first, ties by id. */
  public List<Hit> search(long w0, long w1, long w2, long w3, int radius) {
    List<Hit> hits = new ArrayList<>();
    search(w0, w1, w2, w3, radius, (id, d) -> hits.add(new Hit(id, d)));
    hits.sort(Comparator.comparingInt(Hit::distance).thenComparingLong(Hit::id));
    return hits;
  }

  /**
   * Heap bytes of the index's arrays (their lengths; JVM object headers not counted), the hashes and
   * ids included.
   */
  public long sizeInBytes() {
    long b = recent.bytes();
    for (Segment s : segments) {
      b += s.bytes();
    }
    return b;
  }

  /**
   * Writes all hashes and ids to {@code file} (replacing it) in the snapshot format: 32 bytes per hash
   * plus its id packed at the width of the ids' spread, a header and a checksum; the tables are rebuilt
   * on reading.
   */
  public void writeSnapshot(Path file) throws IOException {
    Snapshot.write(file, this);
  }

  /**
   * Reads a file written by {@link #writeSnapshot}.
   *
   * @throws IOException with a one-line message naming the file if it is unreadable, truncated, corrupt
   *     or not a snapshot
   */
  public static MultiIndex readSnapshot(Path file) throws IOException {
    MultiIndex index = new MultiIndex();
    Snapshot.read(file, index);
    return index;
  }

  /** Calls {@code sink} for every stored hash, in no particular order. */
  void forEachHash(HashSink sink) throws IOException {
    for (Segment s : segments) {
      long[] w = s.words();
      for (int i = 0; i < s.size(); i++) {
        sink.accept(s.id(i), w[4 * i], w[4 * i + 1], w[4 * i + 2], w[4 * i + 3]);
      }
    }
    long[] w = recent.words();
    for (int i = 0; i < recent.size(); i++) {
      sink.accept(recent.id(i), w[4 * i], w[4 * i + 1], w[4 * i + 2], w[4 * i + 3]);
    }
  }

  /** Appends the first {@code count} (at most {@link Segment#MAX_SIZE}) hashes as one segment. */
  void addSegment(long[] words, long[] ids, int count) {
    segments.add(new Segment(layout, words, ids, count));
    size += count;
  }

  int segmentCount() {
    return segments.size();
  }

  private void mergeNewestSegments() {
    int n = segments.size();
    while (n >= 2) {
      Segment older = segments.get(n - 2);
      Segment newer = segments.get(n - 1);
      if (older.size() > MERGE_RATIO * (long) newer.size() || older.size() + newer.size() > Segment.MAX_SIZE) {
        return;
      }
      int total = older.size() + newer.size();
      long[] words = new long[4 * total];
      long[] ids = new long[total];
      System.arraycopy(older.words(), 0, words, 0, 4 * older.size());
      System.arraycopy(newer.words(), 0, words, 4 * older.size(), 4 * newer.size());
      System.arraycopy(older.ids(), 0, ids, 0, older.size());
      System.arraycopy(newer.ids(), 0, ids, older.size(), newer.size());
      segments.remove(--n);
      segments.set(n - 1, new Segment(layout, words, ids, total));
    }
  }

  /** Receives stored hashes. */
  interface HashSink {
    void accept(long id, long w0, long w1, long w2, long w3) throws IOException;
  }
}
