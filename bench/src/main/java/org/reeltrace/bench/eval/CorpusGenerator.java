package org.reeltrace.bench.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Builds the copy-detection corpus with the system FFmpeg: source clips from real footage, every
 * {@link Transform} applied to every source, and unrelated negatives, each with its
 * {@link GroundTruth}.
 *
 * <p>Footage: the BSD-licensed vPDQ sample videos (the chair and the woven pattern; their other
 * variants show the same scenes and are left out, so no two sources share footage) and real
 * photographs from Debian's {@code mate-backgrounds} (nature photographs) animated by pan and zoom
 * (FFmpeg {@code zoompan}) into 10–14 s clips with a cut in the middle. Unrelated footage for
 * negatives, splicing and picture-in-picture backgrounds: other photographs and illustrations from
 * {@code mate-backgrounds} and {@code ukui-wallpapers}, and the vPDQ test pattern.
 *
 * <p>All random choices come from one {@link Random} with {@link #SEED}, drawn in a fixed order before
 * any file is made, so the corpus is the same on every machine and a partial corpus resumes into the
 * same one. A folder that already holds a complete corpus is read, not regenerated.
 */
final class CorpusGenerator {
  static final long SEED = 20_261_125L;
  static final String INSTALL_PHOTOS =
      "install the photographs with 'apt-get install -y mate-backgrounds ukui-wallpapers fonts-dejavu-core'";
  static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");
  private static final Path NATURE = Path.of("/usr/share/backgrounds/mate/nature");
  private static final Path UKUI = Path.of("/usr/share/backgrounds");
  private static final List<Path> SOURCE_PHOTOS = List.of("LadyBird.jpg", "FreshFlower.jpg", "Garden.jpg",
      "GreenMeadow.jpg", "RainDrops.jpg", "TwoWings.jpg", "YellowFlower.jpg", "Dune.jpg", "Storm.jpg")
      .stream().map(NATURE::resolve).toList();
  private static final List<Path> FILLER_PHOTOS = List.of(NATURE.resolve("Aqua.jpg"), NATURE.resolve("Blinds.jpg"),
      NATURE.resolve("Wood.jpg"), Path.of("/usr/share/backgrounds/mate/abstract/Elephants.jpg"),
      UKUI.resolve("calla.png"), UKUI.resolve("city.png"), UKUI.resolve("desert.png"), UKUI.resolve("goldfish.png"),
      UKUI.resolve("the-mouse.jpg"), UKUI.resolve("2004default.jpg"));
  private static final List<String> HANDLES = List.of("@dance.daily", "@viral_clips99", "@funny.moments.hub",
      "@nature_vibes", "@trend.repost", "@clipz4u");
  private static final List<String> CAPTIONS = List.of("wait for it", "no way this is real",
      "follow for part 2", "this made my day", "watch till the end");
  private static final String ENCODE_SOURCE = "-c:v libx264 -preset veryfast -crf 18 -pix_fmt yuv420p -an";
  private static final String ENCODE_QUERY = "-c:v libx264 -preset veryfast -crf 23 -pix_fmt yuv420p -r 30 -an";

  /** A clip to make: sources and unrelated filler footage alike. */
  private record Clip(String id, String origin, double duration, int width, int height, List<String> args) {
  }

  /** A query to make from a clip. */
  private record Job(GroundTruth truth, List<String> args) {
  }

  private final Path folder;
  private final Path sampleVideos;
  private final int threads;
  private final Consumer<String> log;
  private final Random random = new Random(SEED);

  /**
   * @param folder       where the corpus is kept (created when missing)
   * @param sampleVideos the folder of vPDQ sample videos (testdata/vpdq/sample-videos)
   * @param threads      FFmpeg processes run at once
   * @param log          progress lines
   */
  CorpusGenerator(Path folder, Path sampleVideos, int threads, Consumer<String> log) {
    this.folder = folder;
    this.sampleVideos = sampleVideos;
    this.threads = threads;
    this.log = log;
  }

  /** The corpus in the folder, made first if the folder holds no complete one. */
  Corpus generate() {
    if (Corpus.isComplete(folder)) {
      log.accept("corpus: reusing " + folder);
      return Corpus.read(folder);
    }
    Ffmpeg.require();
    checkInputs();
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + folder + ": " + e.getMessage(), e);
    }
    List<Clip> sources = sourceClips();
    List<Clip> fillers = fillerClips();
    List<Job> jobs = new ArrayList<>();
    for (Clip source : sources) {
      for (Transform t : Transform.values()) {
        if (t != Transform.NEGATIVE) {
          jobs.add(copy(t, source, fillers));
        }
      }
    }
    for (Clip filler : fillers) {
      jobs.add(negative(filler));
    }
    List<Clip> clips = new ArrayList<>(sources);
    clips.addAll(fillers);
    log.accept("corpus: making " + clips.size() + " clips and " + jobs.size() + " queries in " + folder);
    runAll(clips.stream().map(c -> (Runnable) () -> make(c.id, c.args)).toList());
    runAll(jobs.stream().map(j -> (Runnable) () -> make(j.truth.queryId(), j.args)).toList());
    Corpus corpus = new Corpus(folder,
        sources.stream().map(c -> new SourceClip(c.id, c.origin, c.duration)).toList(),
        jobs.stream().map(Job::truth).toList());
    corpus.write();
    return corpus;
  }

  private void checkInputs() {
    List<Path> needed = new ArrayList<>(SOURCE_PHOTOS);
    needed.addAll(FILLER_PHOTOS);
    needed.add(FONT);
    for (Path p : needed) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException(p + " not found: " + INSTALL_PHOTOS);
      }
    }
    for (String video : List.of("chair-orig-22-sd-bar.mp4", "pattern-longer-no-bar.mp4", "test-padded-dimensions.mp4")) {
      if (!Files.isRegularFile(sampleVideos.resolve(video))) {
        throw new IllegalStateException(sampleVideos.resolve(video) + " not found: pass --sample-videos "
            + "DIR (the testdata/vpdq/sample-videos folder)");
      }
    }
  }

  private List<Clip> sourceClips() {
    List<Clip> clips = new ArrayList<>();
    Path chair = sampleVideos.resolve("chair-orig-22-sd-bar.mp4");
    clips.add(new Clip("src-chair.mp4", "vPDQ sample chair-orig-22-sd-bar.mp4, first 20 s", 20, 480, 720,
        args("-i", chair.toString(), "-t", "20", "-vf", "fps=30,setsar=1", ENCODE_SOURCE)));
    Path pattern = sampleVideos.resolve("pattern-longer-no-bar.mp4");
    clips.add(new Clip("src-pattern.mp4", "vPDQ sample pattern-longer-no-bar.mp4", Ffmpeg.duration(pattern), 360, 640,
        args("-i", pattern.toString(), "-vf", "scale=360:640,fps=30,setsar=1", ENCODE_SOURCE)));
    for (Path photo : SOURCE_PHOTOS) {
      clips.add(photoClip("src-", photo, 10 + random.nextInt(5)));
    }
    return clips;
  }

  private List<Clip> fillerClips() {
    List<Clip> clips = new ArrayList<>();
    for (Path photo : FILLER_PHOTOS) {
      clips.add(photoClip("fill-", photo, 10));
    }
    Path pattern = sampleVideos.resolve("test-padded-dimensions.mp4");
    clips.add(new Clip("fill-test-pattern.mp4", "vPDQ sample test-padded-dimensions.mp4", Ffmpeg.duration(pattern),
        540, 540, args("-i", pattern.toString(), "-vf", "scale=540:540,fps=30,setsar=1", ENCODE_SOURCE)));
    return clips;
  }

  /*
   * A photograph as a 640x360 clip: zoom in while panning across for the first half, then a cut to
   * a pan along another path at a steady zoom, so that frames a second apart differ (a slow drift
   * over a still photograph would make every second look alike and the true alignment ambiguous).
   */
  private Clip photoClip(String prefix, Path photo, int seconds) {
    int frames = 30 * seconds;
    int half = frames / 2;
    double z0 = uniform(1.0, 1.2);
    double z1 = uniform(1.8, 2.2);
    double z2 = uniform(1.4, 1.8);
    double a0 = uniform(0, 0.3);
    double a1 = uniform(0.7, 1);
    double y0 = uniform(0.2, 0.8);
    double b0 = uniform(0.6, 1);
    double b1 = uniform(0, 0.3);
    double c0 = uniform(0, 0.4);
    double c1 = uniform(0.6, 1);
    String zoom = f("if(lt(on,%d),%.3f+%.3f*on/%d,%.3f)", half, z0, z1 - z0, half, z2);
    String x = f("(iw-iw/zoom)*if(lt(on,%d),%.3f+%.3f*on/%d,%.3f+%.3f*(on-%d)/%d)",
        half, a0, a1 - a0, half, b0, b1 - b0, half, frames - half);
    String y = f("(ih-ih/zoom)*if(lt(on,%d),%.3f,%.3f+%.3f*(on-%d)/%d)", half, y0, c0, c1 - c0, half, frames - half);
    // one decoded photograph, all output frames made from it (d = frames): decoding and scaling a
    // large JPEG once per frame (-loop 1) costs five times as much
    String filter = "scale=1280:720:force_original_aspect_ratio=increase,crop=1280:720,zoompan=z='" + zoom
        + "':x='" + x + "':y='" + y + "':d=" + frames + ":s=640x360:fps=30,setsar=1";
    String stem = photo.getFileName().toString().replaceFirst("\\.[a-z]+$", "").toLowerCase(Locale.ROOT);
    return new Clip(prefix + stem + ".mp4", "photograph " + photo + ", pan and zoom", seconds, 640, 360,
        args("-i", photo.toString(), "-vf", filter, "-frames:v",
            String.valueOf(frames), ENCODE_SOURCE));
  }

  private Job copy(Transform t, Clip src, List<Clip> fillers) {
    String id = "q-" + t.name().toLowerCase(Locale.ROOT) + "-" + src.id.replaceFirst("^src-", "");
    Path in = folder.resolve(src.id);
    double d = src.duration;
    Interval whole = new Interval(0, d);
    return switch (t) {
      case REENCODE -> job(id, t, src, whole, whole, 1, args("-i", in.toString(), "-vf",
          "scale=trunc(iw/4)*2:trunc(ih/4)*2", "-c:v libx264 -preset veryfast -b:v 120k -maxrate 150k -bufsize 300k"
              + " -pix_fmt yuv420p -r 30 -an"));
      case CROP_LIGHT, CROP -> {
        double low = t == Transform.CROP ? 0.75 : 0.9;
        double high = t == Transform.CROP ? 0.9 : 0.96;
        double fw = uniform(low, high);
        double fh = uniform(low, high);
        yield job(id, t, src, whole, whole, 1, args("-i", in.toString(), "-vf",
            f("crop=trunc(iw*%.3f/2)*2:trunc(ih*%.3f/2)*2:trunc(iw*%.3f):trunc(ih*%.3f)",
                fw, fh, (1 - fw) * random.nextDouble(), (1 - fh) * random.nextDouble()), ENCODE_QUERY));
      }
      case MIRROR -> job(id, t, src, whole, whole, 1, args("-i", in.toString(), "-vf", "hflip", ENCODE_QUERY));
      case LETTERBOX -> job(id, t, src, whole, whole, 1, args("-i", in.toString(), "-vf", letterbox(), ENCODE_QUERY));
      case WATERMARK -> job(id, t, src, whole, whole, 1,
          args("-i", in.toString(), "-vf", watermark(src.width, src.height, d), ENCODE_QUERY));
      case SPEED -> {
        double speed = random.nextBoolean() ? uniform(0.8, 0.93) : uniform(1.07, 1.25);
        yield job(id, t, src, new Interval(0, d / speed), whole, speed,
            args("-i", in.toString(), "-vf", f("setpts=PTS/%.4f", speed), ENCODE_QUERY));
      }
      case TRIM -> {
        double length = d * uniform(0.5, 0.7);
        double start = random.nextDouble() * (d - length);
        yield job(id, t, src, new Interval(0, length), new Interval(start, start + length), 1, args("-i",
            in.toString(), "-vf", f("trim=start=%.3f:duration=%.3f,setpts=PTS-STARTPTS", start, length), ENCODE_QUERY));
      }
      case SPLICE -> {
        Clip before = fillers.get(random.nextInt(fillers.size()));
        Clip after = fillers.get(random.nextInt(fillers.size()));
        double lead = uniform(2, 4);
        double tail = uniform(2, 4);
        double length = d * uniform(0.6, 0.8);
        double start = random.nextDouble() * (d - length);
        double leadFrom = random.nextDouble() * (before.duration - lead);
        double tailFrom = random.nextDouble() * (after.duration - tail);
        String fit = f("scale=%d:%d:force_original_aspect_ratio=increase,crop=%d:%d,setsar=1,fps=30",
            src.width, src.height, src.width, src.height);
        String graph = f("[1:v]trim=start=%.3f:duration=%.3f,setpts=PTS-STARTPTS,%s[a];"
            + "[0:v]trim=start=%.3f:duration=%.3f,setpts=PTS-STARTPTS,setsar=1,fps=30[b];"
            + "[2:v]trim=start=%.3f:duration=%.3f,setpts=PTS-STARTPTS,%s[c];[a][b][c]concat=n=3:v=1:a=0[out]",
            leadFrom, lead, fit, start, length, tailFrom, tail, fit);
        yield job(id, t, src, new Interval(lead, lead + length), new Interval(start, start + length), 1,
            args("-i", in.toString(), "-i", folder.resolve(before.id).toString(), "-i",
                folder.resolve(after.id).toString(), "-filter_complex", graph, "-map", "[out]", ENCODE_QUERY));
      }
      case PIP -> {
        Clip background = fillers.get(random.nextInt(fillers.size()));
        double scale = uniform(0.55, 0.7);
        String graph = f("[1:v]scale=%d:%d:force_original_aspect_ratio=increase,crop=%d:%d,setsar=1,fps=30[bg];"
            + "[0:v]scale=trunc(iw*%.3f/2)*2:-2,setsar=1[fg];[bg][fg]overlay=x=(W-w)*%.3f:y=(H-h)*%.3f:shortest=1[out]",
            src.width, src.height, src.width, src.height, scale, random.nextDouble(), random.nextDouble());
        yield job(id, t, src, whole, whole, 1, args("-i", in.toString(), "-stream_loop", "-1", "-i",
            folder.resolve(background.id).toString(), "-filter_complex", graph, "-map", "[out]", "-t",
            f("%.3f", d), ENCODE_QUERY));
      }
      case COLOR -> {
        double brightness = (random.nextBoolean() ? 1 : -1) * uniform(0.05, 0.15);
        double hue = (random.nextBoolean() ? 1 : -1) * uniform(15, 45);
        yield job(id, t, src, whole, whole, 1, args("-i", in.toString(), "-vf",
            f("eq=brightness=%.3f:contrast=%.3f:saturation=%.3f,hue=h=%.1f", brightness, uniform(0.75, 1.35),
                uniform(0.6, 1.5), hue), ENCODE_QUERY));
      }
      case NOISE -> job(id, t, src, whole, whole, 1, args("-i", in.toString(), "-vf",
          f("noise=alls=%d:allf=t+u", 15 + random.nextInt(16)), ENCODE_QUERY));
      case NEGATIVE -> throw new IllegalArgumentException("a negative has no source, was asked of " + src.id);
    };
  }

  /** Unrelated footage, lightly edited as an upload would be. */
  private Job negative(Clip filler) {
    String filter = switch (random.nextInt(4)) {
      case 0 -> "hflip";
      case 1 -> letterbox();
      case 2 -> watermark(filler.width, filler.height, filler.duration);
      default -> "scale=trunc(iw/4)*2:trunc(ih/4)*2";
    };
    String id = "n-" + filler.id.replaceFirst("^fill-", "");
    GroundTruth truth = new GroundTruth(id, Transform.NEGATIVE, Optional.empty(), new Interval(0, filler.duration),
        new Interval(0, 0), 1);
    return new Job(truth, args("-i", folder.resolve(filler.id).toString(), "-vf", filter, ENCODE_QUERY));
  }

  private Job job(String id, Transform t, Clip src, Interval query, Interval source, double speed, List<String> args) {
    return new Job(new GroundTruth(id, t, Optional.of(src.id), query, source, speed), args);
  }

  private static String letterbox() {
    return "scale=360:640:force_original_aspect_ratio=decrease:force_divisible_by=2,"
        + "pad=360:640:(ow-iw)/2:(oh-ih)/2:black,setsar=1";
  }

  /*
   * A platform-style overlay as on TikTok re-uploads: a white logo box with the platform name and
   * the uploader's handle, top left for the first half and bottom right for the second (the app
   * moves it so it cannot be cropped away), and a caption strip on a translucent box.
   */
  private String watermark(int width, int height, double duration) {
    int unit = Math.max(12, Math.min(width, height) / 20);
    String handle = HANDLES.get(random.nextInt(HANDLES.size()));
    String caption = CAPTIONS.get(random.nextInt(CAPTIONS.size()));
    double half = duration / 2;
    String font = FONT.toString();
    String first = f("lt(t,%.2f)", half);
    String second = f("gte(t,%.2f)", half);
    List<String> parts = new ArrayList<>();
    for (String when : List.of(first, second)) {
      boolean top = when.equals(first);
      int boxX = top ? unit : width - 8 * unit;
      int boxY = top ? unit : height - 5 * unit;
      parts.add(f("drawbox=x=%d:y=%d:w=%d:h=%d:color=white@0.85:t=fill:enable='%s'", boxX, boxY, unit * 3 / 2,
          unit * 3 / 2, when));
      parts.add(f("drawtext=fontfile=%s:text='TikTok':x=%d:y=%d:fontsize=%d:fontcolor=white:borderw=2:"
          + "bordercolor=black@0.6:enable='%s'", font, boxX + 2 * unit, boxY, unit, when));
      parts.add(f("drawtext=fontfile=%s:text='%s':x=%d:y=%d:fontsize=%d:fontcolor=white:borderw=2:"
          + "bordercolor=black@0.6:enable='%s'", font, handle, boxX, boxY + 2 * unit, unit * 4 / 5, when));
    }
    parts.add(f("drawtext=fontfile=%s:text='%s':x=(w-text_w)/2:y=h*0.72:fontsize=%d:fontcolor=white:"
        + "box=1:boxcolor=black@0.5:boxborderw=%d", font, caption, unit * 6 / 5, unit / 2));
    return String.join(",", parts);
  }

  private void make(String id, List<String> args) {
    Path out = folder.resolve(id);
    if (Files.isRegularFile(out)) {
      return;
    }
    Ffmpeg.run(args, out);
    log.accept("corpus: made " + id);
  }

  private void runAll(List<Runnable> tasks) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (Runnable task : tasks) {
        futures.add(pool.submit(task));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while making the corpus", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Splits every argument on spaces except those of the given positions' filter graphs. */
  private static List<String> args(String... parts) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      boolean value = i > 0 && (parts[i - 1].equals("-vf") || parts[i - 1].equals("-filter_complex")
          || parts[i - 1].equals("-i"));
      if (value) {
        out.add(parts[i]);
      } else {
        out.addAll(List.of(parts[i].split(" ")));
      }
    }
    return out;
  }

  private double uniform(double low, double high) {
    return low + (high - low) * random.nextDouble();
  }

  private static String f(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }
}
