package org.reeltrace.media.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeltrace.core.Signal;

/**
 * Turns what was read on screen into {@link Signal}s: one {@link Signal.Kind#WATERMARK_HANDLE} per
 * watermark handle ({@code uploader:tiktok:@name}, {@code uploader:douyin:抖音号:123}, a stamped handle
 * {@code uploader:unknown:@name}), and a few
 * {@link Signal.Kind#ON_SCREEN_TEXT} for other lines read clearly in several frames, pointing to their
 * script ({@code script:hangul}, {@code script:han}, {@code script:latin}).
 */
public final class OnScreenSignals {
  /** Other lines kept: at most this many, each read in at least 2 frames at confidence >= 0.75. */
  static final int MAX_TEXT_SIGNALS = 5;
  private static final float MIN_TEXT_CONFIDENCE = 0.75f;

  private OnScreenSignals() {}

  /** The signals, watermark handles first. */
  public static List<Signal> from(List<WatermarkHandle> handles, List<TextSighting> sightings) {
    return from(new ScreenReading(sightings, List.of()), handles);
  }

  /** The signals of a reading: its {@link ScreenReading#handles()} first, then other clear lines. */
  public static List<Signal> from(ScreenReading reading) {
    return from(reading, reading.handles());
  }

  private static List<Signal> from(ScreenReading reading, List<WatermarkHandle> handles) {
    List<Signal> signals = new ArrayList<>();
    for (WatermarkHandle handle : handles) {
      boolean known = reading.knownHandles().contains(handle);
      String what = known ? "handle of a stored channel, found in text read unsurely,"
          : handle.platform().equals(WatermarkHandle.UNKNOWN_PLATFORM)
          ? "handle stamped on the picture (no platform logo)" : handle.platform() + " watermark";
      signals.add(new Signal(Signal.Kind.WATERMARK_HANDLE, "uploader:" + handle.platform() + ":" + handle.handle(),
          matchedText(handle, reading.lines()),
          "on-screen " + time(handle.firstSeconds()) + "-" + time(handle.lastSeconds()) + " " + String.join(", ", handle.corners()),
          handle.confidence(),
          what + " read by OCR in " + handle.sightings() + " sampled frames"
              + (handle.moved() ? ", moving between corners" : "")
              + (known ? "; at most one misread letter in five" : "; spelling by per-character majority")));
    }
    signals.addAll(otherText(reading.lines()));
    return List.copyOf(signals);
  }

  /** The line most often read that contains the agreed handle, else the handle. */
  private static String matchedText(WatermarkHandle handle, List<TextSighting> sightings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TextSighting sighting : sightings) {
      if (WatermarkText.handles(sighting.text()).stream().anyMatch(h -> h.text().equals(handle.handle()))) {
        counts.merge(sighting.text(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(handle.handle());
  }

  private static List<Signal> otherText(List<TextSighting> sightings) {
    Map<String, List<TextSighting>> byText = new LinkedHashMap<>();
    for (TextSighting sighting : sightings) {
      String text = sighting.text();
      if (sighting.confidence() >= MIN_TEXT_CONFIDENCE && WatermarkText.logo(text).isEmpty()
          && WatermarkText.handles(text).isEmpty() && letters(text) >= 4) {
        byText.computeIfAbsent(text, t -> new ArrayList<>()).add(sighting);
      }
    }
    return byText.entrySet().stream()
        .filter(e -> e.getValue().stream().mapToDouble(TextSighting::seconds).distinct().count() >= 2)
        .sorted(Comparator.comparingInt((Map.Entry<String, List<TextSighting>> e) -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey))
        .limit(MAX_TEXT_SIGNALS)
        .map(e -> {
          TextSighting first = e.getValue().get(0);
          return new Signal(Signal.Kind.ON_SCREEN_TEXT, "script:" + script(e.getKey()), e.getKey(),
              "on-screen " + time(first.seconds()) + " " + first.region(), 0.2,
              "text read by OCR in " + e.getValue().size() + " sampled frames");
        })
        .toList();
  }

  private static long letters(String text) {
    return text.codePoints().filter(Character::isLetterOrDigit).count();
  }

  /** The script most of the letters are in: hangul, han, latin or other. */
  static String script(String text) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    text.codePoints().filter(Character::isLetter).forEach(c -> {
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      String name = switch (script) {
        case HANGUL -> "hangul";
        case HAN -> "han";
        case LATIN -> "latin";
        default -> "other";
      };
      counts.merge(name, 1, Integer::sum);
    });
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("other");
  }

  /** {@code m:ss}. */
  static String time(double seconds) {
    long whole = (long) Math.floor(seconds);
    return (whole / 60) + ":" + String.format("%02d", whole % 60);
  }
}
