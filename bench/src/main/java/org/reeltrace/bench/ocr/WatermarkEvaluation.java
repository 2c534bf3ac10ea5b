package org.reeltrace.bench.ocr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.reeltrace.media.ocr.OcrOptions;
import org.reeltrace.media.ocr.OnScreenText;
import org.reeltrace.media.ocr.TextSighting;
import org.reeltrace.media.ocr.WatermarkDetector;
import org.reeltrace.media.ocr.WatermarkHandle;
import org.reeltrace.media.ocr.WatermarkedClip;
import org.reeltrace.media.ocr.WatermarkedClip.Platform;
import org.reeltrace.media.ocr.WatermarkedClip.Watermark;

/**
 * Labelled evaluation of watermark handle detection: generates clips with random TikTok and Douyin
 * watermarks (random handles, font sizes, corners, moving or fixed) over real backdrops (the vPDQ
 * sample videos, and Debian wallpapers under /usr/share/backgrounds when present), encoded at low bit
 * rates, plus clips without a watermark; reads each with {@link OnScreenText} and
 * {@link WatermarkDetector} and prints a Markdown summary: precision and recall of the exact handle,
 * by category, and the OCR cost per sampled frame.
 *
 * <p>Run from the repository root (needs Debian's tesseract-ocr, tesseract-ocr-kor,
 * tesseract-ocr-chi-sim, fonts-noto-cjk, and the shared test data beside the checkout):
 * <pre>
 * mvn -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) \
 *     org.reeltrace.bench.ocr.WatermarkEvaluation --clips 40 --dir bench/target/watermark-clips
 * </pre>
 * Options: {@code --clips N} (default 40, about one in seven without watermark), {@code --seed S}
 * (default 7), {@code --dir DIR} (default {@code target/watermark-clips}, clips rewritten each run),
 * {@code --sample-videos DIR} (default {@code ../shared/testdata/vpdq/sample-videos}),
 * {@code --both-polarities} (also read corner crops un-inverted). One line per clip goes to stderr.
 */
public final class WatermarkEvaluation {
  private static final String SYLLABLES = "min,ji,seo,hyun,woo,kim,park,lee,dance,vlog,daily,jin,soo,yeon,tok,kr,cat,food,trip,han";
  private static final String HANZI = "小红帽的日常美食旅行记录阿明丽华夏天猫咪大王晓雨清风明月";

  private WatermarkEvaluation() {}

  public static void main(String[] args) throws Exception {
    int clips = 40;
    long seed = 7;
    Path dir = Path.of("target/watermark-clips");
    Path sampleVideos = Path.of("../shared/testdata/vpdq/sample-videos");
    OcrOptions options = OcrOptions.DEFAULTS;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--clips" -> clips = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--dir" -> dir = Path.of(args[++i]);
        case "--sample-videos" -> sampleVideos = Path.of(args[++i]);
        case "--both-polarities" -> options = options.withBothPolarities(true);
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    Files.createDirectories(dir);
    List<Path> backdrops = backdrops(sampleVideos);
    Random random = new Random(seed);
    List<LabelledClip> labelled = new ArrayList<>();
    for (int i = 0; i < clips; i++) {
      labelled.add(generate(i, dir, backdrops.get(i % backdrops.size()), random));
    }
    int truePositives = 0;
    int falsePositives = 0;
    int positives = 0;
    long frames = 0;
    long nanos = 0;
    Tally tally = new Tally();
    long openStart = System.nanoTime();
    try (OnScreenText reader = OnScreenText.open(options)) {
      long openNanos = System.nanoTime() - openStart;
      for (LabelledClip clip : labelled) {
        long start = System.nanoTime();
        List<TextSighting> sightings = reader.read(clip.file());
        nanos += System.nanoTime() - start;
        List<WatermarkHandle> found = WatermarkDetector.detect(sightings);
        boolean hit = false;
        for (WatermarkHandle handle : found) {
          if (handle.handle().equals(clip.expected()) && handle.platform().equals(clip.platform())) {
            hit = true;
            truePositives++;
          } else {
            falsePositives++;
          }
        }
        if (clip.expected() != null) {
          positives++;
        }
        tally.add(clip.category(), hit, found.size() - (hit ? 1 : 0));
        System.err.printf(Locale.ROOT, "%-16s %-14s %-26s %4d kbps  expected %-22s found %s%n", clip.file().getFileName(),
            clip.category(), clip.backdrop(), clip.bitrateKbps(), clip.expected(),
            found.stream().map(h -> h.platform() + " " + h.handle() + " " + h.corners()).toList());
      }
      frames = reader.framesRead();
      System.out.printf(Locale.ROOT, "clips %d (%d with a watermark), seed %d, options %s%n%n", clips, positives, seed, options);
      System.out.printf(Locale.ROOT, "| handles | precision | recall |%n|---|---|---|%n| exact handle and platform | %.3f (%d/%d) | %.3f (%d/%d) |%n%n",
          ratio(truePositives, truePositives + falsePositives), truePositives, truePositives + falsePositives,
          ratio(truePositives, positives), truePositives, positives);
      System.out.print(tally.markdown());
      System.out.printf(Locale.ROOT, "%nOCR cost: %d sampled frames, %.0f ms per frame (decode + crops + Tesseract), "
          + "Tesseract start %.0f ms%n", frames, nanos / 1e6 / Math.max(1, frames), openNanos / 1e6);
    }
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1 : (double) a / b;
  }

  private static List<Path> backdrops(Path sampleVideos) throws IOException {
    List<Path> backdrops = new ArrayList<>();
    if (!Files.isDirectory(sampleVideos)) {
      throw new IllegalArgumentException(sampleVideos + ": sample videos folder not found (--sample-videos DIR)");
    }
    try (Stream<Path> files = Files.list(sampleVideos)) {
      files.filter(f -> f.toString().endsWith(".mp4") && !f.getFileName().toString().startsWith("test-"))
          .sorted().forEach(backdrops::add);
    }
    Path wallpapers = Path.of("/usr/share/backgrounds");
    if (Files.isDirectory(wallpapers)) {
      try (Stream<Path> files = Files.list(wallpapers)) {
        files.filter(f -> f.toString().matches(".*\\.(jpg|png)")).sorted().forEach(backdrops::add);
      }
    }
    // interleave videos and stills
    List<Path> mixed = new ArrayList<>();
    List<Path> videos = backdrops.stream().filter(p -> p.toString().endsWith(".mp4")).toList();
    List<Path> stills = backdrops.stream().filter(p -> !p.toString().endsWith(".mp4")).toList();
    for (int i = 0; i < Math.max(videos.size(), stills.size()); i++) {
      if (i < videos.size()) {
        mixed.add(videos.get(i));
      }
      if (i < stills.size()) {
        mixed.add(stills.get(i));
      }
    }
    return mixed;
  }

  private static LabelledClip generate(int index, Path dir, Path backdropFile, Random random) {
    int[][] sizes = {{720, 1280}, {576, 1024}, {1280, 720}};
    int[] size = sizes[random.nextInt(sizes.length)];
    int bitrate = 300 + random.nextInt(7) * 100;
    Watermark watermark = null;
    String expected = null;
    String category = "none";
    if (index % 7 != 6) {
      int font = Math.round(Math.min(size[0], size[1]) / 720f * (20 + random.nextInt(11)));
      String[] corners = {"top-left", "top-right", "bottom-left", "bottom-right"};
      String corner = corners[random.nextInt(corners.length)];
      if (random.nextInt(10) < 6) {
        String name = tiktokName(random);
        boolean moving = random.nextInt(10) < 7;
        watermark = new Watermark(Platform.TIKTOK, "@" + name, font,
            moving ? List.of("top-left", "bottom-right") : List.of(corner));
        expected = "@" + name;
        category = moving ? "tiktok-moving" : "tiktok-fixed";
      } else if (random.nextBoolean()) {
        String id = String.valueOf(10_000_000L + (long) (random.nextDouble() * 9_000_000_000L));
        watermark = new Watermark(Platform.DOUYIN, (random.nextBoolean() ? "抖音号: " : "抖音号：") + id, font, List.of(corner));
        expected = "抖音号:" + id;
        category = "douyin-id";
      } else {
        StringBuilder name = new StringBuilder();
        for (int n = 2 + random.nextInt(4); n > 0; n--) {
          name.append(HANZI.charAt(random.nextInt(HANZI.length())));
        }
        watermark = new Watermark(Platform.DOUYIN, "@" + name, font, List.of(corner));
        expected = "@" + name;
        category = "douyin-name";
      }
    }
    Path file = dir.resolve(String.format(Locale.ROOT, "clip-%02d.mp4", index));
    try (WatermarkedClip.Backdrop backdrop = backdropFile.toString().endsWith(".mp4")
        ? WatermarkedClip.Backdrop.video(backdropFile) : WatermarkedClip.Backdrop.still(backdropFile)) {
      new WatermarkedClip(backdrop, watermark, size[0], size[1], 6, bitrate).write(file);
    }
    return new LabelledClip(file, backdropFile.getFileName().toString(), watermark, expected, category, bitrate, size[0], size[1]);
  }

  /** 2-3 syllables joined by nothing, "_" or ".", sometimes 2-4 digits: {@code jin_woo.2019}. */
  private static String tiktokName(Random random) {
    String[] syllables = SYLLABLES.split(",");
    StringBuilder name = new StringBuilder(syllables[random.nextInt(syllables.length)]);
    for (int n = 1 + random.nextInt(2); n > 0; n--) {
      name.append(random.nextBoolean() ? "_" : random.nextBoolean() ? "." : "").append(syllables[random.nextInt(syllables.length)]);
    }
    if (random.nextInt(3) > 0) {
      name.append(random.nextBoolean() ? "_" : ".").append(random.nextInt(random.nextBoolean() ? 100 : 10_000));
    }
    return name.toString();
  }
}
