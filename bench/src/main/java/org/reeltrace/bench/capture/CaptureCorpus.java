package org.reeltrace.bench.capture;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.reeltrace.media.SyntheticClip;
import org.reeltrace.media.SyntheticClip.Camera;
import org.reeltrace.media.SyntheticClip.Spec;
import org.reeltrace.media.SyntheticClip.Window;

/** The labelled cases of the capture evaluation: 30 motion clips over real photos and 30 metadata cases. */
final class CaptureCorpus {
  /** One motion clip and whether it shows the moving-vehicle signature (pan through a static window). */
  record ClipCase(String name, Spec spec, boolean vehicle) {}

  private CaptureCorpus() {}

  /** The JPEG photos under {@code folder} (recursively), sorted by path. */
  static List<Path> photos(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.toString().toLowerCase().endsWith(".jpg")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * 14 positives (pans at 25-90 px/s, both directions, through a bus window frame, past a pillar or
   * over a seat back; some portrait, some 6 s, some at 80 kbit/s) and 16 negatives (still, zoom,
   * hand-held jitter, each with and without a window, and plain pans without any static part).
   */
  static List<ClipCase> clips(List<Path> photoFiles) {
    List<BufferedImage> photos = new ArrayList<>();
    for (Path file : photoFiles) {
      photos.add(SyntheticClip.photo(file));
    }
    Window[] windows = {Window.FRAME, Window.PILLAR, Window.SEAT};
    double[] speeds = {25, 40, 60, 90, -30, -50, -75};
    List<ClipCase> cases = new ArrayList<>();
    for (int k = 0; k < 14; k++) {
      Spec spec = Spec.of(photos.get(k % photos.size()), Camera.PAN, speeds[k % speeds.length], windows[k % 3]);
      spec = shaped(spec, k);
      cases.add(new ClipCase(String.format("pan-%s-%+.0f-%02d", windows[k % 3].name().toLowerCase(), speeds[k % speeds.length], k),
          spec, true));
    }
    Camera[] negatives = {Camera.STILL, Camera.ZOOM, Camera.JITTER};
    int k = 14;
    for (Camera camera : negatives) {
      for (int i = 0; i < 4; i++, k++) {
        Window window = i < 2 ? Window.NONE : windows[i % 3];
        Spec spec = shaped(Spec.of(photos.get(k % photos.size()), camera, 0, window), k).withBitrate(400, k);
        cases.add(new ClipCase(camera.name().toLowerCase() + "-" + window.name().toLowerCase() + "-" + k, spec, false));
      }
    }
    double[] plainSpeeds = {30, 60, -45, 90};
    for (double speed : plainSpeeds) {
      Spec spec = shaped(Spec.of(photos.get(k % photos.size()), Camera.PAN, speed, Window.NONE), k);
      cases.add(new ClipCase(String.format("plain-pan-%+.0f-%02d", speed, k), spec, false));
      k++;
    }
    return cases;
  }

  /** Varies size, length and bit rate with the case number. */
  private static Spec shaped(Spec spec, int k) {
    Spec shaped = k % 4 == 3 ? spec.withSize(180, 320, 4) : spec;
    if (k % 2 == 0) {
      shaped = shaped.withSize(shaped.width(), shaped.height(), 6);
    }
    return shaped.withBitrate(k % 5 == 4 ? 80 : 400, k);
  }

  /** Metadata cases: capture dates either side of 2020-01-22, positions in and out of geofences, devices. */
  static List<TagCase> tags() {
    String loc = "location";
    return List.of(
        TagCase.time("time-2019", Map.of("creation_time", "2019-06-01T08:30:00.000000Z"), true),
        TagCase.time("time-eve-of-closure", Map.of("creation_time", "2020-01-21T10:00:00.000000Z"), true),
        TagCase.time("time-closure-day-kst", Map.of("creation_time", "2020-01-21T16:00:00.000000Z"), false),
        TagCase.time("time-2023", Map.of("creation_time", "2023-08-01T12:00:00.000000Z"), false),
        TagCase.time("time-apple-2018", Map.of("com.apple.quicktime.creationdate", "2018-05-05T10:00:00+0900"), true),
        TagCase.time("time-apple-2016-over-muxer-2024", Map.of("com.apple.quicktime.creationdate", "2016-09-09T09:09:09+0900",
            "creation_time", "2024-01-01T00:00:00.000000Z"), true),
        TagCase.time("time-apple-2021-over-muxer-2019", Map.of("com.apple.quicktime.creationdate", "2021-04-04T12:00:00+0900",
            "creation_time", "2019-04-04T00:00:00.000000Z"), false),
        TagCase.time("time-malformed", Map.of("com.apple.quicktime.creationdate", "2019-13-45 25:61"), false),
        TagCase.time("time-none", Map.of(), false),
        new TagCase("time-same-as-upload-2019", Map.of("creation_time", "2019-10-10T10:00:00.000000Z"),
            Instant.parse("2019-10-10T12:00:00Z"), true, null, false, false, false),
        new TagCase("time-same-as-upload-2024", Map.of("creation_time", "2024-10-10T10:00:00.000000Z"),
            Instant.parse("2024-10-10T12:00:00Z"), false, null, false, false, false),
        TagCase.place("gps-kim-il-sung-square", loc, "+39.0194+125.7528/", "kp-kim-il-sung-square", true),
        TagCase.place("gps-juche-tower-150m", loc, "+39.0190+125.7620+020.000/", "kp-juche-tower", true),
        TagCase.place("gps-kumgang-5km", loc, "+38.6200+128.1900/", "kp-mount-kumgang", true),
        TagCase.place("gps-rason", loc, "+42.2600+130.2800/", "kp-rason", true),
        TagCase.place("gps-pyongyang-between-sites", loc, "+39.0500+125.7000/", null, true),
        TagCase.place("gps-dms-kim-il-sung-square", "com.apple.quicktime.location.ISO6709", "+390110+1254510/", "kp-kim-il-sung-square", true),
        TagCase.place("gps-apple-key-masikryong", "com.apple.quicktime.location.ISO6709", "+39.0532+127.2500+1360.000/",
            "kp-masikryong", true),
        TagCase.place("gps-hamhung", loc, "+39.9180+127.5360/", null, true),
        TagCase.place("gps-seoul", loc, "+37.5663+126.9779/", null, false),
        TagCase.place("gps-dandong-china", loc, "+40.1290+124.3940/", null, false),
        TagCase.place("gps-paektu-chinese-side", loc, "+42.0600+128.0600/", null, false),
        TagCase.place("gps-beijing", loc, "+39.9042+116.4074/", null, false),
        TagCase.place("gps-malformed-comma", loc, "+39.0194,+125.7528", null, false),
        TagCase.place("gps-out-of-range", loc, "+91.0000+125.7528/", null, false),
        TagCase.software("device-apple", Map.of("com.apple.quicktime.make", "Apple", "com.apple.quicktime.model", "iPhone 8"),
            true, false),
        TagCase.software("device-android", Map.of("com.android.manufacturer", "samsung", "com.android.model", "SM-G960F"),
            true, false),
        TagCase.software("device-plain-keys", Map.of("make", "HUAWEI", "model", "ELE-L29"), true, false),
        TagCase.software("editor-capcut", Map.of("com.apple.quicktime.software", "CapCut 9.6.0"), false, true),
        TagCase.software("editor-jianying", Map.of("comment", "剪映 5.9.0"), false, true));
  }
}
