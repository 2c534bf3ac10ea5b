package org.reeltrace.app;

import org.reeltrace.media.PictureWindow;

/**
 * The parts of a picture hashed apart from the whole, so that a copy with an overlay over one part (a
 * platform logo in a corner, a caption strip across the lower middle, a re-poster's handle) still matches
 * its source on the parts the overlay leaves alone.
 *
 * <p>Why these parts: PDQ hashes the whole picture, so an opaque logo box and a caption strip together
 * move the hash of smooth footage 64–80 bits from its source (docs/benchmarks.md, lineage evaluation),
 * beyond any safe match distance. Overlays sit in corners and across the lower middle; the four quarters
 * and the centre above the caption zone each escape some of them. On the evaluation's logo-and-caption
 * copies the quarter opposite the logo's first corner was within 6–38 bits of the source in every pair,
 * the centre within 20 in eight of ten, while unrelated videos' regions lie 104–114 bits apart (median).
 *
 * <p>Regions are hashed on the pictures with their still overlays painted over
 * ({@link org.reeltrace.media.OverlayRemover}): a quarter that one account's logo and handle fill matched
 * the same quarter of that account's unrelated posts.
 */
enum PictureRegion {
  TOP_LEFT(new PictureWindow(0, 0, 0.5, 0.5)),
  TOP_RIGHT(new PictureWindow(0.5, 0, 0.5, 0.5)),
  BOTTOM_LEFT(new PictureWindow(0, 0.5, 0.5, 0.5)),
  BOTTOM_RIGHT(new PictureWindow(0.5, 0.5, 0.5, 0.5)),
  CENTRE(new PictureWindow(0.2, 0.2, 0.6, 0.45));

  private final PictureWindow window;

  PictureRegion(PictureWindow window) {
    this.window = window;
  }

  /** Where this region lies in the picture. */
  PictureWindow window() {
    return window;
  }

  /** The region this one becomes when the picture is mirrored left to right. */
  PictureRegion mirrored() {
    return switch (this) {
      case TOP_LEFT -> TOP_RIGHT;
      case TOP_RIGHT -> TOP_LEFT;
      case BOTTOM_LEFT -> BOTTOM_RIGHT;
      case BOTTOM_RIGHT -> BOTTOM_LEFT;
      case CENTRE -> CENTRE;
    };
  }
}
