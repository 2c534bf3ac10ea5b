package org.reeltrace.media;

/**
 * Turns an extracted luma plane into the plane that gets hashed: optionally area-averaged to a fixed
 * size, then mapped from its stored range to full range. One converter per decoding loop; not
 * thread-safe (it keeps the scaler and its buffers between frames).
 */
final class LumaConverter {
  private static final byte[] LIMITED_TABLE = LumaRange.LIMITED.table();
  private static final byte[] FULL_TABLE = LumaRange.FULL.table();
  private static final float[] LIMITED_FLOATS = LumaRange.LIMITED.floatTable();
  private static final float[] FULL_FLOATS = LumaRange.FULL.floatTable();

  private final int targetWidth;
  private final int targetHeight;
  private final int maxSide;
  private AreaScaler scaler;
  private float[] scaled;

  /** A converter resizing to {@code targetWidth × targetHeight}, or keeping the size when both are 0. */
  LumaConverter(int targetWidth, int targetHeight) {
    this(targetWidth, targetHeight, 0);
  }

  /**
   * A converter resizing to {@code targetWidth × targetHeight} when they are positive, else shrinking
   * frames whose longer side exceeds {@code maxSide} (when positive) to that side, keeping the aspect.
   */
  LumaConverter(int targetWidth, int targetHeight, int maxSide) {
    this.targetWidth = targetWidth;
    this.targetHeight = targetHeight;
    this.maxSide = maxSide;
  }

  int width(int sourceWidth, int sourceHeight) {
    if (targetWidth > 0) {
      return targetWidth;
    }
    return fit(sourceWidth, Math.max(sourceWidth, sourceHeight));
  }

  int height(int sourceWidth, int sourceHeight) {
    if (targetHeight > 0) {
      return targetHeight;
    }
    return fit(sourceHeight, Math.max(sourceWidth, sourceHeight));
  }

  private int fit(int side, int longer) {
    if (maxSide <= 0 || longer <= maxSide) {
      return side;
    }
    return Math.max(1, (int) Math.round((double) side * maxSide / longer));
  }

  /**
   * Like {@link #convert(byte[], int, int, LumaRange, byte[])}, but without rounding to whole numbers:
   * {@code target} gets full-range luma as floats in 0..255.
   */
  void convert(byte[] source, int width, int height, LumaRange range, float[] target) {
    int outWidth = width(width, height);
    int outHeight = height(width, height);
    if (outWidth == width && outHeight == height) {
      float[] table = range == LumaRange.LIMITED ? LIMITED_FLOATS : FULL_FLOATS;
      int n = width * height;
      for (int i = 0; i < n; i++) {
        target[i] = table[source[i] & 0xff];
      }
      return;
    }
    if (scaler == null || !scaler.fits(width, height)) {
      scaler = new AreaScaler(width, height, outWidth, outHeight);
      scaled = new float[outWidth * outHeight];
    }
    scaler.scale(source, target);
    for (int i = 0; i < scaled.length; i++) {
      target[i] = range.toFullFloat(target[i]);
    }
  }

  /**
   * Converts the row-major {@code width × height} plane {@code source} into {@code target}, which
   * must hold {@code width(width, height) × height(width, height)} samples.
   */
  void convert(byte[] source, int width, int height, LumaRange range, byte[] target) {
    int outWidth = width(width, height);
    int outHeight = height(width, height);
    if (outWidth == width && outHeight == height) {
      byte[] table = range == LumaRange.LIMITED ? LIMITED_TABLE : FULL_TABLE;
      int n = width * height;
      for (int i = 0; i < n; i++) {
        target[i] = table[source[i] & 0xff];
      }
      return;
    }
    if (scaler == null || !scaler.fits(width, height)) {
      scaler = new AreaScaler(width, height, outWidth, outHeight);
      scaled = new float[outWidth * outHeight];
    }
    scaler.scale(source, scaled);
    for (int i = 0; i < scaled.length; i++) {
      target[i] = (byte) range.toFull(scaled[i]);
    }
  }
}
