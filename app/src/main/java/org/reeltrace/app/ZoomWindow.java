package org.reeltrace.app;

import java.util.Locale;

/**
 * The centred windows of a picture hashed apart from the whole, so that a zoomed-in copy (cropped
 * evenly on all sides, usually scaled back to the original size) matches its source: the copy's whole
 * picture looks like one of these windows of the source's.
 *
 * <p>Each window keeps {@link #scale()} of the picture's width and height (the picture inside any
 * letterbox bars), centred, so it has the picture's aspect ratio. FFmpeg's {@code crop=iw*0.9:ih*0.9} centres the crop when no position is
 * given, which is how most such copies are made.
 */
/*
 * Why a ladder every 2.5 % of scale: PDQ moves about 30-40 bits per 2.5 % of zoom. Measured on single
 * frames against centred crops of themselves (scale = fraction of each side kept): 0.975 lies 18-36 bits
 * from the source, 0.95 44-56, 0.9 84-112, beyond any safe match distance; windows 2.5 % apart lie 18-44
 * bits from each other. With a window every 2.5 % any centred crop lies within 1.25 % of one, about
 * 10-25 bits, inside the index's 31-bit radius. Crops under 2.5 % per side (scale above 0.95) stay
 * within reach of the whole picture. The ladder goes down to 0.7 (15 % off each side, the deepest
 * "zoom to fill" crops): centred crops of 0.75 and 0.7 lie 48-68 and 92-110 bits from a 0.8 window but
 * 8-34 from their own. The copy-detection evaluation has no such crop (the four windows below 0.8 found
 * no more of its copies, and no false link); they are kept for archives that do, at about +0.1x of the
 * fingerprint stage (each window costs two PDQ hashes per sampled frame; docs/benchmarks.md, "Zoomed-in
 * copies in the analyze path").
 */
enum ZoomWindow {
  ZOOM_95(0.95),
  ZOOM_92_5(0.925),
  ZOOM_90(0.9),
  ZOOM_87_5(0.875),
  ZOOM_85(0.85),
  ZOOM_82_5(0.825),
  ZOOM_80(0.8),
  ZOOM_77_5(0.775),
  ZOOM_75(0.75),
  ZOOM_72_5(0.725),
  ZOOM_70(0.7);

  private final double scale;

  ZoomWindow(double scale) {
    this.scale = scale;
  }

  /** The fraction of the picture's width (and height) the window keeps. */
  double scale() {
    return scale;
  }

  /** {@code "zoom 0.9"}, {@code "zoom 0.925"}. */
  String label() {
    return "zoom " + String.format(Locale.ROOT, "%.3f", scale).replaceAll("0+$", "");
  }
}
