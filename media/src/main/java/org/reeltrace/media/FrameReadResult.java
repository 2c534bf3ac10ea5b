package org.reeltrace.media;

import java.util.Objects;
import java.util.Optional;

/**
 * How reading the frames of one video went.
 *
 * @param framesDecoded   frames the decoder produced (skipped non-reference frames not counted)
 * @param framesDelivered frames handed to the caller
 * @param frameRate       the container's average frame rate, 0 when unknown
 * @param warning         one line when the video was damaged but partly readable, e.g.
 *     {@code "truncated: the container index needs 2117802 bytes, the file has 1058901; read 281 frames"}
 */
public record FrameReadResult(long framesDecoded, long framesDelivered, double frameRate, Optional<String> warning) {
  public FrameReadResult {
    Objects.requireNonNull(warning, "warning");
    if (framesDecoded < 0 || framesDelivered < 0 || framesDelivered > framesDecoded) {
      throw new IllegalArgumentException(
          "need 0 <= delivered <= decoded, was delivered " + framesDelivered + " of " + framesDecoded);
    }
  }
}
