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
 */
public record SampledVideo(List<LumaFrame> pictures, CropRect crop, int frameWidth, int frameHeight,
    int sampledFrames, Optional<String> warning) {
  public SampledVideo {
    pictures = List.copyOf(pictures);
    Objects.requireNonNull(crop, "crop");
    Objects.requireNonNull(warning, "warning");
    for (LumaFrame p : pictures) {
      if (p.width() != crop.width() || p.height() != crop.height()) {
        throw new IllegalArgumentException(
            "pictures must be " + crop.width() + "x" + crop.height() + ", one was " + p.width() + "x" + p.height());
      }
    }
  }
}
