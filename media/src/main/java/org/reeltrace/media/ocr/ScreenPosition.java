package org.reeltrace.media.ocr;

/** Names the ninth of the frame a point falls in: {@code top-left}, {@code top}, ..., {@code bottom-right}. */
final class ScreenPosition {
  private ScreenPosition() {}

  static String of(double x, double y, int width, int height) {
    String column = x < width / 3.0 ? "left" : x > width * 2 / 3.0 ? "right" : "";
    String row = y < height / 3.0 ? "top" : y > height * 2 / 3.0 ? "bottom" : "";
    if (row.isEmpty()) {
      return column.isEmpty() ? "center" : column;
    }
    return column.isEmpty() ? row : row + "-" + column;
  }

  static boolean isCorner(String position) {
    return position.indexOf('-') > 0;
  }
}
