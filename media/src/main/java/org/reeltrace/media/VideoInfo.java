package org.reeltrace.media;

import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link VideoProbe} learns about a video file without decoding it fully.
 *
 * @param container       FFmpeg's name for the container (demuxer), e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}
 * @param durationSeconds duration the container declares, 0 when it declares none
 * @param width           width of the video stream in pixels
 * @param height          height of the video stream in pixels
 * @param videoCodec      FFmpeg's short codec name, e.g. {@code h264}, {@code hevc}, {@code vp9}
 * @param frameRate       average frame rate in frames per second, 0 when unknown
 * @param creationTime    the container's {@code creation_time} tag as written (ISO 8601 in practice)
 * @param location        the container's location tag (ISO 6709, e.g. {@code +37.5665+126.9780/})
 */
public record VideoInfo(
    String container,
    double durationSeconds,
    int width,
    int height,
    String videoCodec,
    double frameRate,
    Optional<String> creationTime,
    Optional<String> location) {
  public VideoInfo {
    Objects.requireNonNull(container, "container");
    Objects.requireNonNull(videoCodec, "videoCodec");
    Objects.requireNonNull(creationTime, "creationTime");
    Objects.requireNonNull(location, "location");
    if (!(durationSeconds >= 0) || Double.isInfinite(durationSeconds)) {
      throw new IllegalArgumentException("duration must be a finite number >= 0 seconds, was " + durationSeconds);
    }
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException("frame size must be positive, was " + width + "x" + height);
    }
    if (!(frameRate >= 0) || Double.isInfinite(frameRate)) {
      throw new IllegalArgumentException("frame rate must be a finite number >= 0, was " + frameRate);
    }
  }
}
