package org.reeltrace.media.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link OnScreenText} read in a video.
 *
 * @param lines        the lines read clearly enough to stand on their own
 * @param knownHandles the known handles named in lines read at any confidence ({@link KnownHandles})
 */
public record ScreenReading(List<TextSighting> lines, List<WatermarkHandle> knownHandles) {
  private static final String DOUYIN_ID = "抖音号:";

  public ScreenReading {
    lines = List.copyOf(lines);
    knownHandles = List.copyOf(knownHandles);
  }

  /**
   * The watermark handles: those {@link WatermarkDetector} finds in the clear lines, then each known
   * handle found that they do not already name (case ignored; "@name" and "抖音号:name" are one account).
   */
  public List<WatermarkHandle> handles() {
    List<WatermarkHandle> handles = new ArrayList<>(WatermarkDetector.detect(lines));
    for (WatermarkHandle known : knownHandles) {
      if (handles.stream().noneMatch(h -> sameName(h.handle(), known.handle()))) {
        handles.add(known);
      }
    }
    return List.copyOf(handles);
  }

  private static boolean sameName(String a, String b) {
    return name(a).equals(name(b));
  }

  /** {@code @name} and {@code 抖音号:name} name the same account. */
  private static String name(String handle) {
    String name = handle.startsWith("@") ? handle.substring(1)
        : handle.startsWith(DOUYIN_ID) ? handle.substring(DOUYIN_ID.length()) : handle;
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
