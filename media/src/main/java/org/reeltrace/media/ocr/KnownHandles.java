package org.reeltrace.media.ocr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The account handles a video may show, looked for in what OCR read however unsurely: a reading is
 * checked against names it may be, not parsed blind. At watermark and stamp sizes Tesseract reads a
 * handle's letters mostly right but its "@" and period as other marks or letters, with low confidence
 * ("a@virallc lipz" at 0.53, "avViraleenhipz" at 0.46 for "@viral.clipz" over light footage; lineage
 * evaluation at 640 × 360), where no rule for the marks can tell a handle from other text.
 *
 * <p>A line names a handle when the handle's letters and digits (case and marks ignored) are found in
 * the line's letters and digits with at most one edit per {@value #LETTERS_PER_EDIT} characters (at
 * least one); of several handles, only the one found with the fewest edits, else none. Handles of fewer
 * than {@value WatermarkText#MIN_STAMP_LENGTH} letters and digits are not looked for (too easily found
 * in other text). A handle counts for the video when lines in {@value WatermarkDetector#MIN_FRAMES} or
 * more sampled frames name it.
 *
 * <p>Candidates are found through the letter triples they share with the line: with k edits a handle of
 * n ≥ 3(k + 1) characters keeps k + 1 pieces of 3 unchanged, so one of its triples is in the line.
 */
public final class KnownHandles {
  /** Handles looked for in no video. */
  public static final KnownHandles NONE = new KnownHandles(List.of());
  private static final int LETTERS_PER_EDIT = 5;
  private static final int TRIPLE = 3;

  /** Letters and digits, lower-cased, of each handle looked for, with the handle as given (with "@"). */
  private final Map<String, String> handleByLetters;
  private final Map<String, List<String>> lettersByTriple = new HashMap<>();

  private KnownHandles(Collection<String> handles) {
    Map<String, String> byLetters = new LinkedHashMap<>();
    for (String handle : handles) {
      String name = handle.startsWith("@") ? handle.substring(1) : handle;
      String letters = letters(name);
      if (letters.length() >= WatermarkText.MIN_STAMP_LENGTH) {
        byLetters.putIfAbsent(letters, "@" + name);
      }
    }
    handleByLetters = Map.copyOf(byLetters);
    for (String letters : byLetters.keySet()) {
      for (String triple : triples(letters)) {
        lettersByTriple.computeIfAbsent(triple, t -> new ArrayList<>()).add(letters);
      }
    }
  }

  /** The handles to look for, with or without their "@"; blank and short ones are left out. */
  public static KnownHandles of(Collection<String> handles) {
    return new KnownHandles(handles.stream().filter(h -> h != null && !h.isBlank()).map(String::strip).toList());
  }

  /** How many handles are looked for. */
  public int size() {
    return handleByLetters.size();
  }

  /** The handle (with "@") that {@code line} names, if exactly one is found with the fewest edits. */
  Optional<String> namedIn(String line) {
    String read = letters(WatermarkText.withoutLatinDiacritics(line));
    if (read.length() < WatermarkText.MIN_STAMP_LENGTH - 1) {
      return Optional.empty();
    }
    Set<String> candidates = new HashSet<>();
    for (String triple : triples(read)) {
      candidates.addAll(lettersByTriple.getOrDefault(triple, List.of()));
    }
    String best = null;
    int bestEdits = Integer.MAX_VALUE;
    boolean tied = false;
    for (String letters : candidates) {
      int allowed = Math.max(1, letters.length() / LETTERS_PER_EDIT);
      int edits = editsWithin(letters, read);
      if (edits > allowed || edits > bestEdits) {
        continue;
      }
      tied = edits == bestEdits;
      if (edits < bestEdits) {
        best = letters;
        bestEdits = edits;
      }
    }
    return best == null || tied ? Optional.empty() : Optional.of(handleByLetters.get(best));
  }

  /** The known handles named in {@value WatermarkDetector#MIN_FRAMES} or more sampled frames, strongest first. */
  List<WatermarkHandle> find(List<TextSighting> sightings) {
    if (handleByLetters.isEmpty()) {
      return List.of();
    }
    Map<String, List<TextSighting>> byHandle = new TreeMap<>();
    for (TextSighting sighting : sightings) {
      namedIn(sighting.text()).ifPresent(h -> byHandle.computeIfAbsent(h, k -> new ArrayList<>()).add(sighting));
    }
    List<WatermarkHandle> found = new ArrayList<>();
    byHandle.forEach((handle, seen) -> {
      int frames = (int) seen.stream().mapToDouble(TextSighting::seconds).distinct().count();
      if (frames >= WatermarkDetector.MIN_FRAMES) {
        found.add(handle(handle, seen, frames));
      }
    });
    found.sort((a, b) -> Double.compare(b.confidence(), a.confidence()));
    return List.copyOf(found);
  }

  /*
   * Confidence: as WatermarkDetector's for a stamp, with full agreement (the spelling is the known one):
   * 0.8 × (0.4 × mean OCR confidence + 0.2 + 0.3 × (1 - 0.6^frames) + 0.1 when read in several regions).
   */
  private static WatermarkHandle handle(String handle, List<TextSighting> seen, int frames) {
    Set<String> regions = new LinkedHashSet<>();
    seen.forEach(s -> regions.add(s.region()));
    double meanConfidence = seen.stream().mapToDouble(TextSighting::confidence).average().orElse(0);
    double confidence = 0.4 * meanConfidence + 0.2 + 0.3 * (1 - Math.pow(0.6, frames)) + (regions.size() > 1 ? 0.1 : 0);
    double first = seen.stream().mapToDouble(TextSighting::seconds).min().orElseThrow();
    double last = seen.stream().mapToDouble(TextSighting::seconds).max().orElseThrow();
    return new WatermarkHandle(WatermarkHandle.UNKNOWN_PLATFORM, handle, frames, first, last, List.copyOf(regions),
        WatermarkDetector.STAMP_WEIGHT * Math.min(1, confidence));
  }

  /** Letters and digits of {@code text}, lower-cased. */
  private static String letters(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static Set<String> triples(String letters) {
    Set<String> triples = new HashSet<>();
    for (int i = 0; i + TRIPLE <= letters.length(); i++) {
      triples.add(letters.substring(i, i + TRIPLE));
    }
    return triples;
  }

  /** The fewest edits that turn {@code handle} into some stretch of {@code read} (its start and end are free). */
  static int editsWithin(String handle, String read) {
    int[] previous = new int[read.length() + 1];
    int[] current = new int[read.length() + 1];
    for (int i = 1; i <= handle.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= read.length(); j++) {
        int substitute = previous[j - 1] + (handle.charAt(i - 1) == read.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    int best = Integer.MAX_VALUE;
    for (int edits : previous) {
      best = Math.min(best, edits);
    }
    return best;
  }
}
