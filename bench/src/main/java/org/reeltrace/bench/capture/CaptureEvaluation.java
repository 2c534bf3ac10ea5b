package org.reeltrace.bench.capture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.reeltrace.analysis.signals.CaptureSignals;
import org.reeltrace.core.Signal;
import org.reeltrace.core.Signal.Kind;
import org.reeltrace.media.ContainerMetadata;
import org.reeltrace.media.SyntheticClip;
import org.reeltrace.media.SyntheticClip.Camera;
import org.reeltrace.media.SyntheticClip.Spec;
import org.reeltrace.media.SyntheticClip.Window;
import org.reeltrace.media.UnreadableMediaException;
import org.reeltrace.media.VehicleMotion;
import org.reeltrace.media.VehicleMotionMeter;
import org.reeltrace.media.VideoProbe;

/**
 * Labelled evaluation of the capture signals: writes 30 motion clips over real photos (14 filmed
 * through a simulated bus window while panning, 16 not) and 30 metadata cases (tags written with
 * FFmpeg into short clips and read back with {@link VideoProbe#metadata}), runs {@link CaptureSignals}
 * and prints precision and recall per signal as Markdown.
 *
 * <p>Run from the repository root (needs photos: Debian's {@code mate-backgrounds} or any folder of JPEGs):
 * <pre>
 * mvn -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) \
 *     org.reeltrace.bench.capture.CaptureEvaluation --photos /usr/share/backgrounds
 * </pre>
 * Options: {@code --photos DIR} (default /usr/share/backgrounds), {@code --work DIR} (default
 * {@code target/capture-eval}, clips are rewritten each run), {@code --out FILE} (also write the
 * Markdown there). Exit 0 when the run completed, 1 on failure, 2 on a usage error.
 */
public final class CaptureEvaluation {
  private static final String USAGE = "usage: CaptureEvaluation [--photos DIR] [--work DIR] [--out FILE]";
  /** A CAPTURE_CONTEXT signal at or above this strength counts as a moving-vehicle call. */
  static final double VEHICLE_STRENGTH = 0.5;

  private CaptureEvaluation() {}

  public static void main(String[] args) {
    Path photos = Path.of("/usr/share/backgrounds");
    Path work = Path.of("target/capture-eval");
    Path out = null;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        System.err.println(USAGE);
        System.exit(2);
      }
      switch (args[i]) {
        case "--photos" -> photos = Path.of(args[i + 1]);
        case "--work" -> work = Path.of(args[i + 1]);
        case "--out" -> out = Path.of(args[i + 1]);
        default -> {
          System.err.println("unknown option " + args[i] + "\n" + USAGE);
          System.exit(2);
        }
      }
    }
    try {
      String report = run(photos, work);
      System.out.print(report);
      if (out != null) {
        Files.writeString(out, report, StandardCharsets.UTF_8);
      }
    } catch (IOException | UnreadableMediaException | RuntimeException e) {
      System.err.println("capture evaluation failed: " + e.getMessage());
      System.exit(1);
    }
  }

  static String run(Path photoFolder, Path work) throws IOException, UnreadableMediaException {
    List<Path> photos = CaptureCorpus.photos(photoFolder);
    if (photos.size() < 5) {
      throw new IllegalArgumentException(photoFolder + ": needs at least 5 JPEG photos, found " + photos.size());
    }
    Files.createDirectories(work);
    CaptureSignals rules = new CaptureSignals();
    VehicleMotionMeter meter = new VehicleMotionMeter();
    VideoProbe probe = new VideoProbe();
    long started = System.nanoTime();
    Tally vehicle = new Tally();
    Tally vehicleAny = new Tally();
    StringBuilder clipRows = new StringBuilder();
    for (CaptureCorpus.ClipCase clip : CaptureCorpus.clips(photos)) {
      Path file = SyntheticClip.write(clip.spec(), work.resolve(clip.name() + ".mp4"));
      VehicleMotion motion = meter.measure(file);
      Optional<Signal> signal = rules.signals(ContainerMetadata.empty(), null, motion).stream()
          .filter(s -> s.kind() == Kind.CAPTURE_CONTEXT).findFirst();
      double strength = signal.map(Signal::strength).orElse(0.0);
      vehicle.add(clip.vehicle(), strength >= VEHICLE_STRENGTH);
      vehicleAny.add(clip.vehicle(), signal.isPresent());
      clipRows.append(String.format(Locale.ROOT, "| %s | %s | %dx%d %.0fs %dk | %.2f | %.1f | %.3f | %s |%n",
          clip.name(), clip.vehicle() ? "vehicle" : "–", clip.spec().width(), clip.spec().height(), clip.spec().seconds(),
          clip.spec().kbps(), motion.lateralFraction(), motion.meanSpeedPxPerSecond(), motion.staticShare(),
          signal.isPresent() ? String.format(Locale.ROOT, "%.2f", strength) : "–"));
      System.err.println("clip " + clip.name() + " " + motion);
    }
    Tally before = new Tally();
    Tally site = new Tally();
    Tally country = new Tally();
    Tally device = new Tally();
    Tally edited = new Tally();
    StringBuilder misses = new StringBuilder();
    var still = CaptureCorpus.photos(photoFolder).get(0);
    Spec base = Spec.of(SyntheticClip.photo(still), Camera.STILL, 0, Window.NONE).withSize(160, 90, 1);
    for (TagCase tagCase : CaptureCorpus.tags()) {
      Path file = SyntheticClip.write(base.withTags(tagCase.tags()), work.resolve(tagCase.name() + ".mp4"));
      ContainerMetadata metadata = probe.metadata(file);
      List<Signal> signals = rules.signals(metadata, tagCase.postedAt(), null);
      boolean predictedBefore = has(signals, "filmed-before:2020-01-22");
      before.add(tagCase.filmedBefore(), predictedBefore);
      Optional<String> predictedSite = signals.stream().map(Signal::indicates)
          .filter(s -> s.startsWith("filmed-at:")).map(s -> s.substring("filmed-at:".length())).findFirst();
      if (predictedSite.isPresent() && tagCase.site() != null && !predictedSite.get().equals(tagCase.site())) {
        site.addWrongPositive();
      } else {
        site.add(tagCase.site() != null, predictedSite.isPresent());
      }
      boolean predictedKp = has(signals, "filmed-in:KP");
      country.add(tagCase.inKp(), predictedKp);
      boolean predictedDevice = signals.stream().anyMatch(s -> s.indicates().startsWith("device:"));
      device.add(tagCase.device(), predictedDevice);
      boolean predictedEdit = signals.stream().anyMatch(s -> s.indicates().startsWith("re-edited:"));
      edited.add(tagCase.reEdited(), predictedEdit);
      if (predictedBefore != tagCase.filmedBefore() || !predictedSite.equals(Optional.ofNullable(tagCase.site()))
          || predictedKp != tagCase.inKp() || predictedDevice != tagCase.device() || predictedEdit != tagCase.reEdited()) {
        misses.append("- ").append(tagCase.name()).append(": expected ").append(tagCase).append(", got ")
            .append(signals.stream().map(Signal::indicates).toList()).append(", problems ").append(metadata.problems())
            .append('\n');
      }
      System.err.println("tags " + tagCase.name() + " " + signals.stream().map(Signal::indicates).toList());
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    StringBuilder md = new StringBuilder();
    md.append("| signal | decision | cases | TP | FP | FN | TN | precision | recall |\n");
    md.append("|---|---|---|---|---|---|---|---|---|\n");
    row(md, "CAPTURE_TIME", "filmed-before:2020-01-22", before);
    row(md, "CAPTURE_LOCATION", "filmed-at:<right site>", site);
    row(md, "CAPTURE_LOCATION", "filmed-in:KP", country);
    row(md, "CAPTURE_DEVICE", "device:<make model>", device);
    row(md, "CAPTURE_DEVICE", "re-edited:<app>", edited);
    row(md, "CAPTURE_CONTEXT", "filmed-from-moving-vehicle, strength >= " + VEHICLE_STRENGTH, vehicle);
    row(md, "CAPTURE_CONTEXT", "filmed-from-moving-vehicle, any strength", vehicleAny);
    md.append('\n').append(String.format(Locale.ROOT, "%d photos from %s; total %.0f s.%n", photos.size(), photoFolder, seconds));
    md.append("\nMetadata cases where some decision was wrong:\n\n").append(misses.isEmpty() ? "- none\n" : misses);
    md.append("\n| clip | label | size, length, bit rate | lateral fraction | px/s | static share | signal strength |\n");
    md.append("|---|---|---|---|---|---|---|\n").append(clipRows);
    return md.toString();
  }

  private static boolean has(List<Signal> signals, String indicates) {
    return signals.stream().anyMatch(s -> s.indicates().equals(indicates));
  }

  private static void row(StringBuilder md, String kind, String decision, Tally tally) {
    md.append("| ").append(kind).append(" | ").append(decision).append(" | ").append(tally.cases()).append(" | ")
        .append(tally.cells()).append(" |\n");
  }

}
