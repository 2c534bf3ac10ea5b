package org.reeltrace.media;

/**
 * Where the picture inside a video's bars begins and ends, in pixels of the decoded frame and to a fraction
 * of one: a bar's edge rarely falls on a pixel boundary once the frame is scaled, and the line it falls in
 * holds a blend of bar and picture ({@link BarEdges}); {@link PictureResampler} cuts the picture at them. Two copies of one letterboxed video whose bar
 * detection cut that line on different sides would otherwise be hashed one line apart: on a picture 81
 * lines tall that moves PDQ by 18-30 bits.
 *
 * @param left   the picture's left edge (x of its first column's left side)
 * @param top    the picture's top edge
 * @param right  the picture's right edge (x just past its last column)
 * @param bottom the picture's bottom edge
 */
public record PictureEdges(double left, double top, double right, double bottom) {
  public PictureEdges {
    if (!(right > left) || !(bottom > top)) {
      throw new IllegalArgumentException("picture edges must enclose an area, were left " + left + ", top " + top
          + ", right " + right + ", bottom " + bottom);
    }
  }

  /** The edges of {@code crop}'s pixels. */
  static PictureEdges of(CropRect crop) {
    return new PictureEdges(crop.x(), crop.y(), crop.x() + crop.width(), crop.y() + crop.height());
  }
}
