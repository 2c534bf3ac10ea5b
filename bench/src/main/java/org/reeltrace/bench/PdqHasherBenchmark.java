package org.reeltrace.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHasher;
import org.reeltrace.fingerprint.PdqResult;

/**
 * PDQ hashes per second on one thread: 8-bit luma planes of several sizes (the video path) and the
 * ThreatExchange reference test images, decoded once in setup (the photo path, decode excluded,
 * including the reference's resize of large images to 512×512).
 *
 * <p>Build and run from the repository root:
 *
 * <pre>
 * mvn -q -pl bench -am package -DskipTests
 * java -Dreeltrace.testdata=../shared/testdata -jar bench/target/benchmarks.jar PdqHasherBenchmark \
 *     -f 1 -wi 2 -w 2s -i 3 -r 3s
 * </pre>
 *
 * {@code reeltrace.testdata} is the shared test-data folder holding {@code pdq/reference-cpp-hashes.txt}
 * and {@code pdq/data/}.
 *
 * <p>On a shared, busy machine the wall-clock scores mostly measure the CPU share the benchmark got.
 * {@link #main} measures the same operations in thread CPU time instead:
 *
 * <pre>
 * java -Dreeltrace.testdata=../shared/testdata -cp bench/target/benchmarks.jar \
 *     org.reeltrace.bench.PdqHasherBenchmark
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class PdqHasherBenchmark {

  /** A synthetic luma plane: smooth gradients plus noise, fixed seed. */
  @State(Scope.Thread)
  public static class LumaPlane {
    @Param({"64x64", "512x512", "1080x1920"})
    public String size;

    int width;
    int height;
    byte[] luma;
    final PdqHasher hasher = new PdqHasher();

    @Setup
    public void setUp() {
      String[] wh = size.split("x");
      width = Integer.parseInt(wh[0]);
      height = Integer.parseInt(wh[1]);
      luma = new byte[width * height];
      SplittableRandom random = new SplittableRandom(42);
      for (int y = 0; y < height; y++) {
        for (int x = 0; x < width; x++) {
          double v = 128 + 60 * Math.sin(x * 0.013 + y * 0.007) + 40 * Math.cos(y * 0.021)
              + random.nextInt(-12, 13);
          luma[y * width + x] = (byte) Math.max(0, Math.min(255, (int) v));
        }
      }
    }
  }

  /** The images listed in pdq/reference-cpp-hashes.txt, decoded once. */
  @State(Scope.Thread)
  public static class ReferenceImages {
    final List<BufferedImage> images = new ArrayList<>();
    final PdqHasher hasher = new PdqHasher();
    int next;

    @Setup
    public void setUp() throws IOException {
      String root = System.getProperty("reeltrace.testdata", "../shared/testdata");
      Path pdq = Path.of(root, "pdq");
      Path list = pdq.resolve("reference-cpp-hashes.txt");
      if (!Files.isRegularFile(list)) {
        throw new IllegalStateException(
            "missing " + list.toAbsolutePath() + ": pass -Dreeltrace.testdata=<shared/testdata>");
      }
      for (String line : Files.readAllLines(list)) {
        if (!line.isBlank()) {
          Path file = pdq.resolve("data").resolve(line.split(",", 3)[2]);
          BufferedImage image = ImageIO.read(file.toFile());
          if (image == null) {
            throw new UncheckedIOException(new IOException("cannot decode " + file));
          }
          images.add(image);
        }
      }
    }

    BufferedImage nextImage() {
      BufferedImage image = images.get(next);
      next = (next + 1) % images.size();
      return image;
    }
  }

  /** One hash of an 8-bit luma plane of the given size. */
  @Benchmark
  public PdqResult hashLuma(LumaPlane plane) {
    return plane.hasher.hashLuma(plane.luma, plane.width, plane.height, plane.width);
  }

  /** One reference test image per operation, cycling through all of them (decode excluded). */
  @Benchmark
  public PdqResult hashReferenceImage(ReferenceImages refs) {
    return refs.hasher.hash(refs.nextImage());
  }

  /** As {@link #hashReferenceImage} with all eight dihedral hashes. */
  @Benchmark
  public PdqDihedral hashDihedralReferenceImage(ReferenceImages refs) {
    return refs.hasher.hashDihedral(refs.nextImage());
  }

  /**
   * Hashes per second of thread CPU time for each operation above (5 s of warm-up, then the best of
   * five 2-second rounds), printed one line per operation.
   */
  public static void main(String[] args) throws IOException {
    PdqHasherBenchmark benchmark = new PdqHasherBenchmark();
    ReferenceImages refs = new ReferenceImages();
    refs.setUp();
    cpuRate("hashReferenceImage", () -> benchmark.hashReferenceImage(refs));
    cpuRate("hashDihedralReferenceImage", () -> benchmark.hashDihedralReferenceImage(refs));
    for (String size : new String[] {"64x64", "512x512", "1080x1920"}) {
      LumaPlane plane = new LumaPlane();
      plane.size = size;
      plane.setUp();
      cpuRate("hashLuma " + size, () -> benchmark.hashLuma(plane));
    }
  }

  private static void cpuRate(String name, Runnable op) {
    ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    long warmEnd = bean.getCurrentThreadCpuTime() + 5_000_000_000L;
    while (bean.getCurrentThreadCpuTime() < warmEnd) {
      op.run();
    }
    double best = 0;
    for (int round = 0; round < 5; round++) {
      long start = bean.getCurrentThreadCpuTime();
      long end = start + 2_000_000_000L;
      long ops = 0;
      long now;
      do {
        op.run();
        ops++;
        now = bean.getCurrentThreadCpuTime();
      } while (now < end);
      best = Math.max(best, ops * 1e9 / (now - start));
    }
    System.out.printf("%-28s %10.1f hashes per CPU-second%n", name, best);
  }
}
