package org.reeltrace.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.reeltrace.fingerprint.index.MultiIndex;

/**
 * The figures of the multi-index section of docs/benchmarks.md for one size and data set: build time
 * (bulk or one add at a time), bytes per hash (array accounting, heap growth, snapshot file), radius-31
 * query percentiles through the index (wall and thread CPU time) and a brute-force scan.
 *
 * <p>A plain main rather than JMH so that one short run gives every figure at 10M hashes, whose build
 * alone takes longer than a JMH iteration; JMH {@link MultiIndexBenchmark} cross-checks the query times.
 *
 * <pre>
 *   java -Xmx5g -XX:+UseTransparentHugePages -cp CLASSPATH org.reeltrace.bench.MultiIndexFigures \
 *       SIZE random|clustered bulk|grown [SNAPSHOT_DIR]
 * </pre>
 */
public final class MultiIndexFigures {
  private static final int RADIUS = 31;
  private static final int QUERIES = 4096;
  private static final int ROUNDS = 3;
  private static final int BRUTE_FORCE_QUERIES = 64;

  private MultiIndexFigures() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || !(args[2].equals("bulk") || args[2].equals("grown"))) {
      System.err.println("usage: MultiIndexFigures SIZE random|clustered bulk|grown [SNAPSHOT_DIR]");
      System.exit(2);
    }
    int size = Integer.parseInt(args[0]);
    HashCorpus corpus = HashCorpus.generate(size, args[1], QUERIES, RADIUS);
    long[] stored = corpus.stored();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    long before = usedHeapAfterGc();
    long wall = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    MultiIndex index = new MultiIndex();
    if (args[2].equals("bulk")) {
      long[] ids = new long[size];
      Arrays.setAll(ids, i -> i);
      index.addAll(ids, stored);
    } else {
      for (int i = 0; i < size; i++) {
        index.add(i, stored[4 * i], stored[4 * i + 1], stored[4 * i + 2], stored[4 * i + 3]);
      }
    }
    long buildWall = System.nanoTime() - wall;
    long buildCpu = threads.getCurrentThreadCpuTime() - cpu;
    long grown = usedHeapAfterGc() - before;
    System.out.printf("%s %,d %s: built in %,d ms wall, %,d ms thread CPU%n", args[1], size, args[2],
        buildWall / 1_000_000, buildCpu / 1_000_000);
    System.out.printf("bytes/hash: %.1f array accounting, %.1f heap growth%n",
        (double) index.sizeInBytes() / size, (double) grown / size);
    if (args.length > 3) {
      Path file = Path.of(args[3]).resolve("figures-" + size + ".mih");
      index.writeSnapshot(file);
      long t = System.nanoTime();
      MultiIndex read = MultiIndex.readSnapshot(file);
      System.out.printf("snapshot: %.1f bytes/hash on disk, read and rebuilt in %,d ms (%,d hashes)%n",
          (double) Files.size(file) / size, (System.nanoTime() - t) / 1_000_000, read.size());
      read = null;
      Files.delete(file);
    }

    long[] queries = corpus.queries();
    int[] hits = new int[1];
    long[] wallNs = new long[QUERIES * ROUNDS];
    long[] cpuNs = new long[QUERIES * ROUNDS];
    for (int round = -1; round < ROUNDS; round++) { // round -1 warms up
      for (int q = 0; q < QUERIES; q++) {
        int o = 4 * q;
        long w = System.nanoTime();
        long c = threads.getCurrentThreadCpuTime();
        index.search(queries[o], queries[o + 1], queries[o + 2], queries[o + 3], RADIUS, (id, d) -> hits[0]++);
        if (round >= 0) {
          cpuNs[round * QUERIES + q] = threads.getCurrentThreadCpuTime() - c;
          wallNs[round * QUERIES + q] = System.nanoTime() - w;
        }
      }
    }
    System.out.printf("query r=%d, µs: wall %s; thread CPU %s; %.1f hits/query%n", RADIUS,
        percentiles(wallNs), percentiles(cpuNs), hits[0] / (double) ((ROUNDS + 1) * QUERIES));

    long[] bruteNs = new long[BRUTE_FORCE_QUERIES];
    int found = 0;
    for (int q = 0; q < BRUTE_FORCE_QUERIES; q++) {
      long w = System.nanoTime();
      found += corpus.bruteForceCount(q, RADIUS);
      bruteNs[q] = System.nanoTime() - w;
    }
    System.out.printf("brute force, µs: wall %s (%d hits)%n", percentiles(bruteNs), found);
  }

  private static String percentiles(long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return String.format("p50 %,d  p90 %,d  p99 %,d  mean %,d", s[s.length / 2] / 1000, s[s.length * 9 / 10] / 1000,
        s[s.length * 99 / 100] / 1000, Arrays.stream(s).sum() / s.length / 1000);
  }

  private static long usedHeapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
