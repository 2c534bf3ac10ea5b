package org.reeltrace.core;

import java.util.HexFormat;
import java.util.Objects;

/**
 * A video file, identified by the SHA-256 of its bytes: the same bytes archived twice are one file.
 *
 * @param sha256          lower-case hex SHA-256 of the file's bytes
 * @param sizeBytes       file size
 * @param container       the container format FFmpeg reports (e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}), or null
 * @param durationSeconds duration FFmpeg reports, or null
 * @param width           width of the video stream in pixels, or null
 * @param height          height of the video stream in pixels, or null
 * @param createdAt       the container's {@code creation_time} tag (when the camera or app wrote the file), or null
 */
public record MediaFile(
    String sha256, long sizeBytes, String container, Double durationSeconds, Integer width, Integer height,
    java.time.Instant createdAt) {
  /** A file whose container declares no creation time. */
  public MediaFile(String sha256, long sizeBytes, String container, Double durationSeconds, Integer width,
      Integer height) {
    this(sha256, sizeBytes, container, durationSeconds, width, height, null);
  }

  public MediaFile {
    Objects.requireNonNull(sha256, "sha256");
    if (sha256.length() != 64 || !sha256.chars().allMatch(HexFormat::isHexDigit)) {
      throw new IllegalArgumentException("sha256 must be 64 hex digits, was " + sha256);
    }
    sha256 = sha256.toLowerCase(java.util.Locale.ROOT);
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("size must be >= 0 bytes, was " + sizeBytes);
    }
  }
}
