package org.reeltrace.bench.lineage;

/**
 * How re-posters edit what they download.
 *
 * <ul>
 *   <li>{@link #MILD}: the edits the copy-detection evaluation finds reliably at 1 frame/s — whole-second
 *       trims, a 0.5 % crop, speed 0.95 or 1.05, small text at the bottom right.
 *   <li>{@link #VARIED}: a check of generality, planned after the matcher was built: fractional trims,
 *       any speed from 0.9 to 1.1, centred crops of 3–10 % a side scaled back to the frame, downscales
 *       to 50–80 %, colour and brightness changes, larger text in any corner.
 * </ul>
 */
enum EditStyle {
  MILD,
  VARIED
}
