package org.reeltrace.bench.eval;

/**
 * The edits the corpus generator applies to a source clip to make a copy, as re-uploaders do, and
 * {@link #NEGATIVE} for unrelated footage that must match nothing.
 */
enum Transform {
  REENCODE("re-encode", "half size, ~120 kbit/s H.264"),
  CROP_LIGHT("light crop", "4–10 % cut off each dimension, random position"),
  CROP("crop", "10–25 % cut off each dimension, random position"),
  MIRROR("mirror", "horizontal flip"),
  LETTERBOX("letterbox 9:16", "fitted into 360×640 with black bars"),
  WATERMARK("watermark", "logo box, \"TikTok @handle\" moving corner to corner, caption strip"),
  SPEED("speed", "0.8–1.25× (never within 0.07 of 1)"),
  TRIM("trim", "50–70 % sub-segment"),
  SPLICE("splice", "60–80 % sub-segment between 2–4 s of unrelated footage on each side"),
  PIP("picture-in-picture", "source at 55–70 % size over unrelated footage"),
  COLOR("colour", "brightness ±0.05–0.15, contrast 0.75–1.35, saturation 0.6–1.5, hue ±15–45°"),
  NOISE("noise", "temporal uniform noise, strength 15–30"),
  NEGATIVE("negative", "unrelated footage, lightly edited");

  private final String label;
  private final String description;

  Transform(String label, String description) {
    this.label = label;
    this.description = description;
  }

  String label() {
    return label;
  }

  String description() {
    return description;
  }
}
