package org.reeltrace.media;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Measures seconds of CPU work per second of video, single thread, for the media stages. Not a test
 * (timings never go into tests): run by hand after {@code mvn -pl media -am test-compile}, e.g.
 *
 * <pre>
 * java -cp media/target/classes:media/target/test-classes:fingerprint/target/classes:core/target/classes:$BYTEDECO_JARS \
 *     org.reeltrace.media.MediaThroughput 3 video1.mp4 video2.mp4
 * </pre>
 *
 * The first argument is the number of timed repetitions (after one warm-up); CPU time is the thread's
 * own (FFmpeg decodes on the calling thread), so other load on the machine inflates it little. The
 * system property {@code stages} (a regular expression) restricts the stages measured.
 */
public final class MediaThroughput {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private MediaThroughput() {}

  interface Work {
    void run(Path video) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int repetitions = Integer.parseInt(args[0]);
    System.out.printf(Locale.ROOT, "%-28s %-34s %10s%n", "video", "stage", "cpu s/video s");
    for (int i = 1; i < args.length; i++) {
      Path video = Path.of(args[i]);
      double duration = new VideoProbe().probe(video).durationSeconds();
      measure(video, duration, repetitions, "decode every frame", v -> decodeAll(v, false));
      measure(video, duration, repetitions, "decode every frame, no deblock", v -> decodeAll(v, true));
      measure(video, duration, repetitions, "vPDQ every frame, reference RGB",
          v -> new VpdqHasher().hash(v, VpdqOptions.DEFAULT));
      measure(video, duration, repetitions, "vPDQ every frame, Y plane",
          v -> new VpdqHasher().hash(v, VpdqOptions.DEFAULT.withLuma(VpdqLuma.Y_PLANE)));
      measure(video, duration, repetitions, "vPDQ every frame, FAST",
          v -> new VpdqHasher().hash(v, VpdqOptions.DEFAULT.withLuma(VpdqLuma.FAST)));
      measure(video, duration, repetitions, "vPDQ every frame, FAST, no deblock",
          v -> new VpdqHasher().hash(v, VpdqOptions.DEFAULT.withLuma(VpdqLuma.FAST), true));
      measure(video, duration, repetitions, "decode 1 frame/s (B-frames skipped)",
          v -> FrameReader.of(FrameSampling.ONE_PER_SECOND).read(v, f -> { }));
      measure(video, duration, repetitions, "fingerprint 1 frame/s (bars, 8 PDQ)",
          v -> new FrameFingerprinter().fingerprint(v));
    }
  }

  private static void decodeAll(Path video, boolean skipLoopFilter) throws UnreadableMediaException {
    try (StreamDecoder decoder = StreamDecoder.openVideo(video)) {
      if (skipLoopFilter) {
        decoder.codec().skip_loop_filter(org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_ALL);
      }
      for (AVFrame frame = decoder.next(); frame != null; frame = decoder.next()) {
        // decode only
      }
    }
  }

  private static void measure(Path video, double duration, int repetitions, String stage, Work work) throws Exception {
    if (!stage.matches(System.getProperty("stages", ".*"))) {
      return;
    }
    work.run(video); // warm-up
    long start = THREADS.getCurrentThreadCpuTime();
    for (int r = 0; r < repetitions; r++) {
      work.run(video);
    }
    double seconds = (THREADS.getCurrentThreadCpuTime() - start) / 1e9 / repetitions;
    System.out.printf(Locale.ROOT, "%-28s %-34s %10.4f  (%.0fx real time)%n", video.getFileName(), stage,
        seconds / duration, duration / seconds);
  }
}
