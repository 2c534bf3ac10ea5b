package org.reeltrace.media;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The vPDQ hash of one video: its hashed frames in frame order.
 *
 * @param frames    one entry per hashed frame
 * @param frameRate the frame rate the timestamps were computed from
 * @param warning   one line when the video was damaged and only partly hashed (see {@link FrameReader})
 */
public record VpdqVideo(List<VpdqFrame> frames, double frameRate, Optional<String> warning) {
  public VpdqVideo {
    frames = List.copyOf(frames);
    Objects.requireNonNull(warning, "warning");
  }

  /** The frames in vPDQ's text form, one line each. */
  public List<String> toLines() {
    return frames.stream().map(VpdqFrame::toLine).toList();
  }
}
