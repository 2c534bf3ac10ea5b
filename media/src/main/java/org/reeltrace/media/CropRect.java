package org.reeltrace.media;

/**
 * A rectangle of a video frame, in pixels: columns {@code x .. x + width - 1}, rows {@code y .. y + height - 1}.
 *
 * @param x      first column
 * @param y      first row
 * @param width  columns, {@code >= 1}
 * @param height rows, {@code >= 1}
 */
public record CropRect(int x, int y, int width, int height) {
  public CropRect {
    if (x < 0 || y < 0) {
      throw new IllegalArgumentException("crop origin must be >= 0, was (" + x + ", " + y + ")");
    }
    if (width < 1 || height < 1) {
      throw new IllegalArgumentException("crop size must be positive, was " + width + "x" + height);
    }
  }

  /** The whole {@code width × height} frame. */
  public static CropRect whole(int width, int height) {
    return new CropRect(0, 0, width, height);
  }

  /** True if this rectangle is the whole {@code width × height} frame. */
  public boolean isWhole(int frameWidth, int frameHeight) {
    return x == 0 && y == 0 && width == frameWidth && height == frameHeight;
  }

  /** True if {@code other} lies inside this rectangle. */
  public boolean contains(CropRect other) {
    return other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height;
  }

  /** The samples of this rectangle of {@code frame}, row-major, {@code width × height}. */
  byte[] cut(LumaFrame frame) {
    if (x + width > frame.width() || y + height > frame.height()) {
      throw new IllegalArgumentException(
          "crop " + this + " does not fit a " + frame.width() + "x" + frame.height() + " frame");
    }
    byte[] out = new byte[width * height];
    for (int row = 0; row < height; row++) {
      System.arraycopy(frame.luma(), (y + row) * frame.width() + x, out, row * width, width);
    }
    return out;
  }
}
