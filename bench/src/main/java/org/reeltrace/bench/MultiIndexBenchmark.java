package org.reeltrace.bench;

import java.lang.management.ManagementFactory;
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
 * <p>Data and queries come from {@link HashCorpus} ({@code random} or {@code clustered}). The queried
 * index is built as {@code build} says: {@code bulk} ({@link MultiIndex#addAll}) or {@code grown} (one
 * {@link MultiIndex#add} per hash). Setup prints the index's bytes per hash (its own array accounting
 * and the heap growth measured around the build). {@link MultiIndexFigures} gives the same figures
 * (and the snapshot size) in one short run without JMH.
 *
 * <p>Run (queries, then build):
 * <pre>
 *   java -Xmx6g -cp CLASSPATH org.openjdk.jmh.Main MultiIndexBenchmark.query -f 1 -wi 2 -i 3 -w 2s -r 3s
 *   java -Xmx6g -cp CLASSPATH org.openjdk.jmh.Main 'MultiIndexBenchmark.build' -f 1 -wi 0 -i 1 -p build=bulk
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

  @Param({"bulk", "grown"})
  String build;

  private HashCorpus corpus;
  private long[] stored;
  private long[] queries;
  private MultiIndex index;
  private int next;
  private int hits;

  @Setup(Level.Trial)
  public void setUp() {
    corpus = HashCorpus.generate(size, data, QUERIES, RADIUS);
    stored = corpus.stored();
    queries = corpus.queries();
    long before = usedHeapAfterGc();
    long start = System.nanoTime();
    index = build.equals("bulk") ? buildBulk() : build();
    long millis = (System.nanoTime() - start) / 1_000_000;
    long grown = usedHeapAfterGc() - before;
    System.out.printf("%n[%s %,d %s] built in %,d ms; bytes/hash: %.1f (array accounting), %.1f (heap growth)%n",
        data, size, build, millis, (double) index.sizeInBytes() / size, (double) grown / size);
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
    return corpus.bruteForceCount(next++ & (QUERIES - 1), RADIUS);
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

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
