package org.reeltrace.bench.ocr;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Per-category counts of clips, clips whose handle was found, and wrong handles reported. */
final class Tally {
  private final Map<String, int[]> byCategory = new TreeMap<>();

  void add(String category, boolean found, int wrong) {
    int[] counts = byCategory.computeIfAbsent(category, c -> new int[3]);
    counts[0]++;
    counts[1] += found ? 1 : 0;
    counts[2] += wrong;
  }

  String markdown() {
    StringBuilder out = new StringBuilder("| category | clips | handle found | wrong handles reported |\n|---|---|---|---|\n");
    byCategory.forEach((category, counts) -> out.append(String.format(Locale.ROOT, "| %s | %d | %s | %d |%n",
        category, counts[0], category.equals("none") ? "-" : String.valueOf(counts[1]), counts[2])));
    return out.toString();
  }
}
