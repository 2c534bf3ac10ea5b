package org.reeltrace.media;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The frames {@link FrameFingerprinter} sampled from a video, kept so that windows of them can be
 * hashed after the fact (see {@link WindowFinder}).
 *
 * @param pictures      the sampled frames of the common size with the bars cut off, in time order
 * @param crop          the bars' inner rectangle in the decoded frame
 * @param frameWidth    decoded frame width
 * @param frameHeight   decoded frame height
 * @param sampledFrames frames sampled, including those of another size
 * @param warning       the reader's warning for a damaged file
 * @param withoutFlatEdges the rectangle inside {@code crop} without the flat footage at the picture's edges
 *     that continued the bars ({@link LetterboxDetector.Crops}) or, where there is none, the footage inside a
 *     blurred fill ({@link BlurredFillDetector}); {@code crop} when there is neither
 * @param edges         the picture's edges to a fraction of a pixel ({@link BarEdges}), from which the
 *     pictures were resampled onto the crop's size
 */
public record SampledVideo(List<LumaFrame> pictures, CropRect crop, int frameWidth, int frameHeight,
    int sampledFrames, Optional<String> warning, CropRect withoutFlatEdges, PictureEdges edges) {
  public SampledVideo {
    pictures = List.copyOf(pictures);
    Objects.requireNonNull(crop, "crop");
    Objects.requireNonNull(edges, "edges");
    Objects.requireNonNull(warning, "warning");
    Objects.requireNonNull(withoutFlatEdges, "withoutFlatEdges");
    if (!crop.contains(withoutFlatEdges)) {
      throw new IllegalArgumentException("the picture without flat edges " + withoutFlatEdges
          + " must lie inside the crop " + crop);
    }
    for (LumaFrame p : pictures) {
      if (p.width() != crop.width() || p.height() != crop.height()) {
        throw new IllegalArgumentException(
            "pictures must be " + crop.width() + "x" + crop.height() + ", one was " + p.width() + "x" + p.height());
      }
    }
  }

  /** Sampled pictures cut at the crop's edges. */
  public SampledVideo(List<LumaFrame> pictures, CropRect crop, int frameWidth, int frameHeight, int sampledFrames,
      Optional<String> warning, CropRect withoutFlatEdges) {
    this(pictures, crop, frameWidth, frameHeight, sampledFrames, warning, withoutFlatEdges, PictureEdges.of(crop));
  }

  /** Sampled pictures with no flat footage at their edges, cut at the crop's edges. */
  public SampledVideo(List<LumaFrame> pictures, CropRect crop, int frameWidth, int frameHeight, int sampledFrames,
      Optional<String> warning) {
    this(pictures, crop, frameWidth, frameHeight, sampledFrames, warning, crop);
  }

  /**
   * Where {@link #withoutFlatEdges} lies in the pictures, or {@link PictureWindow#WHOLE} when the pictures
   * have no flat edges.
   */
  public PictureWindow flatEdgesCut() {
    if (withoutFlatEdges.equals(crop)) {
      return PictureWindow.WHOLE;
    }
    return new PictureWindow((double) (withoutFlatEdges.x() - crop.x()) / crop.width(),
        (double) (withoutFlatEdges.y() - crop.y()) / crop.height(),
        (double) withoutFlatEdges.width() / crop.width(), (double) withoutFlatEdges.height() / crop.height());
  }
}
