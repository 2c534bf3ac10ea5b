package org.reeltrace.bench;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.reeltrace.fingerprint.index.MultiIndex;

/**
 * Radius-31 queries on a {@link MultiIndex} of 1M and 10M 256-bit hashes, against a brute-force scan,
 * and the time to build the index, by adding the hashes one by one and in one bulk call.
 *
 * <p>Stored hashes are either uniformly random, or "clustered": near-duplicates (0..16 bits off) of
 * random centres, 100 per centre, like the frames of short videos. Queries are half near-duplicates
 * (0..31 bits off) of stored hashes, half fresh random hashes. Setup prints the index's bytes per hash
 * (its own array accounting and the heap growth measured around the build); the queried index is
 * bulk-built ({@link MultiIndex#addAll}).
 *
 * <p>Run (queries, then build):
 * <pre>
 *   java -Xmx6g -cp CLASSPATH org.openjdk.jmh.Main MultiIndexBenchmark.query -f 1 -wi 2 -i 3 -w 2s -r 3s
 *   java -Xmx6g -cp CLASSPATH org.openjdk.jmh.Main 'MultiIndexBenchmark.build' -f 1 -wi 0 -i 1
 * </pre>
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+UseTransparentHugePages"})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MultiIndexBenchmark {
  private static final int RADIUS = 31;
  private static final int QUERIES = 4096;

  @Param({"1000000", "10000000"})
  int size;

  @Param({"random", "clustered"})
  String data;

  private long[] stored;
  private long[] queries;
  private MultiIndex index;
  private int next;
  private int hits;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom rnd = new SplittableRandom(20261125);
    stored = new long[4 * size];
    if (data.equals("random")) {
      for (int i = 0; i < stored.length; i++) {
        stored[i] = rnd.nextLong();
      }
    } else {
      long[] centre = new long[4];
      for (int i = 0; i < size; i++) {
        if (i % 100 == 0) {
          for (int k = 0; k < 4; k++) {
            centre[k] = rnd.nextLong();
          }
        }
        System.arraycopy(centre, 0, stored, 4 * i, 4);
        flip(stored, 4 * i, rnd.nextInt(17), rnd);
      }
    }
    queries = new long[4 * QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      if (q % 2 == 0) {
        System.arraycopy(stored, 4 * rnd.nextInt(size), queries, 4 * q, 4);
        flip(queries, 4 * q, rnd.nextInt(RADIUS + 1), rnd);
      } else {
        for (int k = 0; k < 4; k++) {
          queries[4 * q + k] = rnd.nextLong();
        }
      }
    }
    long before = usedHeapAfterGc();
    long start = System.nanoTime();
    index = buildBulk();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long grown = usedHeapAfterGc() - before;
    System.out.printf("%n[%s %,d] built in %,d ms; bytes/hash: %.1f (array accounting), %.1f (heap growth)%n",
        data, size, millis, (double) index.sizeInBytes() / size, (double) grown / size);
  }

  /** One radius-31 query through the index; returns the number of hits. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public int query() {
    int o = 4 * (next++ & (QUERIES - 1));
    hits = 0;
    index.search(queries[o], queries[o + 1], queries[o + 2], queries[o + 3], RADIUS, (id, d) -> hits++);
    return hits;
  }

  /** The same query answered by scanning every stored hash. */
  @Benchmark
  @BenchmarkMode(Mode.SampleTime)
  public int queryBruteForce() {
    int o = 4 * (next++ & (QUERIES - 1));
    long q0 = queries[o];
    long q1 = queries[o + 1];
    long q2 = queries[o + 2];
    long q3 = queries[o + 3];
    int n = 0;
    long[] s = stored;
    for (int i = 0; i < s.length; i += 4) {
      int d = Long.bitCount(s[i] ^ q0) + Long.bitCount(s[i + 1] ^ q1)
          + Long.bitCount(s[i + 2] ^ q2) + Long.bitCount(s[i + 3] ^ q3);
      if (d <= RADIUS) {
        n++;
      }
    }
    return n;
  }

  /** Adds all hashes one by one to an empty index. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public MultiIndex build() {
    MultiIndex built = new MultiIndex();
    for (int i = 0; i < size; i++) {
      built.add(i, stored[4 * i], stored[4 * i + 1], stored[4 * i + 2], stored[4 * i + 3]);
    }
    return built;
  }

  /** Adds all hashes in one {@link MultiIndex#addAll} call. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public MultiIndex buildBulk() {
    long[] ids = new long[size];
    for (int i = 0; i < size; i++) {
      ids[i] = i;
    }
    MultiIndex built = new MultiIndex();
    built.addAll(ids, stored);
    return built;
  }

  private static void flip(long[] words, int off, int bits, SplittableRandom rnd) {
    long[] orig = {words[off], words[off + 1], words[off + 2], words[off + 3]};
    int done = 0;
    while (done < bits) {
      int b = rnd.nextInt(256);
      long m = 1L << (b & 63);
      if (((words[off + (b >>> 6)] ^ orig[b >>> 6]) & m) == 0) {
        words[off + (b >>> 6)] ^= m;
        done++;
      }
    }
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
