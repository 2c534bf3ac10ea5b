package org.reeltrace.analysis;

import java.util.List;

/**
 * The ninths of a picture that on-screen text is placed in, named as OCR names them: {@code top-left},
 * {@code top}, {@code top-right}, {@code left}, {@code center}, {@code right}, {@code bottom-left},
 * {@code bottom}, {@code bottom-right}.
 */
final class ScreenRegions {
  private static final List<String> ROWS = List.of("top", "", "bottom");
  private static final List<String> COLUMNS = List.of("left", "", "right");

  private ScreenRegions() {}

  /**
   * Whether text read in region {@code a} may lie over text read in {@code b}: the same row, at most one
   * column apart (a line centred in a corner ninth reaches into the middle one). Unknown names may.
   */
  static boolean mayOverlap(String a, String b) {
    int[] first = place(a);
    int[] second = place(b);
    if (first == null || second == null) {
      return true;
    }
    return first[0] == second[0] && Math.abs(first[1] - second[1]) <= 1;
  }

  /** {row, column}, each 0..2, or null for a name that is no region. */
  private static int[] place(String region) {
    if (region.isBlank()) {
      return null;
    }
    if (region.equals("center")) {
      return new int[] {1, 1};
    }
    String[] parts = region.split("-");
    int row = ROWS.indexOf(parts[0]);
    if (parts.length == 1) {
      int column = COLUMNS.indexOf(parts[0]);
      return row >= 0 ? new int[] {row, 1} : column >= 0 ? new int[] {1, column} : null;
    }
    int column = COLUMNS.indexOf(parts[1]);
    return parts.length == 2 && row >= 0 && column >= 0 ? new int[] {row, column} : null;
  }
}
