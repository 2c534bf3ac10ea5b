package org.reeltrace.media.ocr;

/** Edit distance between strings, by code point (insertions, deletions, substitutions cost 1). */
public final class Levenshtein {
  private Levenshtein() {}

  /** The number of single code point insertions, deletions and substitutions that turn a into b. */
  public static int distance(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length; i++) {
      current[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length];
  }
}
