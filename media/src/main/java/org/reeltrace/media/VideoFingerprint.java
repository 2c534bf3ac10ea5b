package org.reeltrace.media;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The frame hashes of one video, ready for matching.
 *
 * @param frames           hashed frames of sufficient quality, in time order
 * @param crop             the picture area hashed (inside any bars), in pixels of the working frames
 * @param frameWidth       width of the working frames (decoded frames shrunk to at most 256 pixels a side)
 * @param frameHeight      height of the working frames
 * @param sampledFrames    frames sampled before the quality filter
 * @param lowQualityFrames sampled frames left out for PDQ quality below the threshold
 * @param warning          one line when the video was damaged and only partly read
 */
public record VideoFingerprint(List<FrameFingerprint> frames, CropRect crop, int frameWidth, int frameHeight,
    int sampledFrames, int lowQualityFrames, Optional<String> warning) {
  public VideoFingerprint {
    frames = List.copyOf(frames);
    Objects.requireNonNull(crop, "crop");
    Objects.requireNonNull(warning, "warning");
    if (lowQualityFrames < 0 || lowQualityFrames > sampledFrames) {
      throw new IllegalArgumentException(
          "low-quality frames must be 0.." + sampledFrames + ", was " + lowQualityFrames);
    }
  }
}
