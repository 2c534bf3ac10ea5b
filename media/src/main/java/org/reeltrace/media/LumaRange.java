package org.reeltrace.media;

/**
 * The two ranges video stores luma in, and the mapping to PDQ's full 0..255 range.
 *
 * <p>PDQ defines luma on RGB as {@code 0.299 R + 0.587 G + 0.114 B}. Converting limited-range BT.601
 * YUV to RGB and taking that sum gives {@code (Y - 16) × 255 / 219} (the matrix inverts exactly, up to
 * clamping of saturated colours), which is what vPDQ's swscale-to-RGB24 path computes. Mapping Y
 * directly therefore matches vPDQ without an RGB detour (ITU-R BT.601 §2.5.3: Y in 16..235).
 */
enum LumaRange {
  /** 0..255, as stored by JPEG-style ("yuvj") video and by RGB sources. */
  FULL,
  /** 16..235, as stored by almost all broadcast and phone video. */
  LIMITED;

  private static final float SCALE = 255f / 219f;

  /** Full-range value of a stored sample, rounded and clamped to 0..255. */
  int toFull(float stored) {
    float full = this == FULL ? stored : (stored - 16f) * SCALE;
    int rounded = Math.round(full);
    return rounded < 0 ? 0 : Math.min(rounded, 255);
  }

  /** Full-range value of a stored sample, clamped to 0..255 but not rounded. */
  float toFullFloat(float stored) {
    float full = this == FULL ? stored : (stored - 16f) * SCALE;
    return full < 0 ? 0 : Math.min(full, 255f);
  }

  /** The 256-entry table of {@link #toFullFloat(float)} for 8-bit samples. */
  float[] floatTable() {
    float[] table = new float[256];
    for (int i = 0; i < 256; i++) {
      table[i] = toFullFloat(i);
    }
    return table;
  }

  /** The 256-entry table of {@link #toFull(float)} for 8-bit samples. */
  byte[] table() {
    byte[] table = new byte[256];
    for (int i = 0; i < 256; i++) {
      table[i] = (byte) toFull(i);
    }
    return table;
  }
}
