package org.reeltrace.media.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Manual check: writes a clip (unless present) and prints what is read under a few options. */
final class OcrSmoke {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    if (!Files.exists(out)) {
      WatermarkedClip.Backdrop backdrop = args[1].endsWith(".mp4") ? WatermarkedClip.Backdrop.video(Path.of(args[1]))
          : WatermarkedClip.Backdrop.still(Path.of(args[1]));
      WatermarkedClip.Watermark mark = new WatermarkedClip.Watermark(
          WatermarkedClip.Platform.valueOf(args[2]), args[3], Integer.parseInt(args[4]), List.of("top-left", "bottom-right"));
      new WatermarkedClip(backdrop, mark, 720, 1280, 6, 800).write(out);
      backdrop.close();
    }
    for (OcrOptions options : List.of(OcrOptions.DEFAULTS.withFullFrameEvery(0),
        OcrOptions.DEFAULTS.withFullFrameEvery(0).withBothPolarities(false), OcrOptions.DEFAULTS)) {
      try (OnScreenText reader = OnScreenText.open(options)) {
        long t = System.nanoTime();
        List<TextSighting> s = reader.read(out);
        System.out.println(options + " ms/frame " + (System.nanoTime() - t) / 1e6 / reader.framesRead());
        if (args.length > 5) s.forEach(System.out::println);
        System.out.println(WatermarkDetector.detect(s));
      }
    }
  }
}
