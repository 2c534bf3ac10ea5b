package org.reeltrace.analysis;

/**
 * The shape of a video's frame: its width and height in pixels, compared by aspect ratio. Two frames
 * have the same shape when their aspect ratios differ by no more than {@link #TOLERANCE} (relative),
 * so a smaller frame, even-pixel rounding or a thin crop keep the shape, while a letterbox or pillarbox
 * into another frame (16:9 into 9:16, 2:3 into 9:16) or a crop to another format changes it.
 */
record FrameShape(int width, int height) {
  /*
   * 3 %: downscaling to 0.75 and rounding to even pixels moves the aspect ratio by < 1 % (640×360 →
   * 474×266: 1.778 → 1.782), cropping 0.5 % per side by < 0.5 % (632×356: 1.775), while the nearest
   * common formats differ by 11 % or more (4:3 vs 3:2, 2:3 vs 9:16: 0.667 vs 0.5625, 1:1 vs 4:5).
   */

  /** Largest relative difference of aspect ratios still counted as the same shape. */
  static final double TOLERANCE = 0.03;

  FrameShape {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("frame must be at least 1x1 pixels, was " + width + "x" + height);
    }
  }

  /** The post's frame shape, or null when its width or height is unknown. */
  static FrameShape of(LineagePost p) {
    return p.width() == null || p.height() == null ? null : new FrameShape(p.width(), p.height());
  }

  double aspect() {
    return (double) width / height;
  }

  /** True when the two frames' aspect ratios differ by no more than {@link #TOLERANCE}. */
  boolean sameAs(FrameShape other) {
    double a = aspect();
    double b = other.aspect();
    return Math.abs(a - b) <= TOLERANCE * Math.min(a, b);
  }

  @Override
  public String toString() {
    return width + "x" + height;
  }
}
