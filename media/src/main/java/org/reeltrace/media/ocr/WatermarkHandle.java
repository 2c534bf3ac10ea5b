package org.reeltrace.media.ocr;

import java.util.List;
import java.util.Objects;

/**
 * An uploader named by a platform watermark, agreed on across frames.
 *
 * @param platform     {@code tiktok} or {@code douyin}, or {@code unknown} for a handle stamped on the
 *     picture in a video where no platform logo was read
 * @param handle       {@code @user.name_1} (TikTok user name, Douyin nickname such as {@code @名字}) or
 *     {@code 抖音号:12345678} (a Douyin account id, colon normalised to ASCII)
 * @param sightings    sampled frames in which it was read (any spelling that voted for it)
 * @param firstSeconds time of the first such frame
 * @param lastSeconds  time of the last such frame
 * @param corners      the regions it was read in, in order of first appearance; more than one means the
 *     watermark moved, as TikTok's does (top-left early, bottom-right later)
 * @param confidence   0..1, from OCR confidence, agreement between frames, number of frames and movement
 */
public record WatermarkHandle(String platform, String handle, int sightings, double firstSeconds,
    double lastSeconds, List<String> corners, double confidence) {
  /** The platform of a handle stamped without a platform logo. */
  public static final String UNKNOWN_PLATFORM = "unknown";

  public WatermarkHandle {
    Objects.requireNonNull(handle, "handle");
    corners = List.copyOf(corners);
    if (!platform.equals("tiktok") && !platform.equals("douyin") && !platform.equals(UNKNOWN_PLATFORM)) {
      throw new IllegalArgumentException("platform must be tiktok, douyin or unknown, was '" + platform + "'");
    }
    if (sightings < 1) {
      throw new IllegalArgumentException("sightings must be >= 1, was " + sightings);
    }
    if (!(firstSeconds >= 0 && lastSeconds >= firstSeconds)) {
      throw new IllegalArgumentException("need 0 <= first <= last seconds, was " + firstSeconds + ".." + lastSeconds);
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be 0..1, was " + confidence);
    }
  }

  /** True when the watermark was read in more than one region (it moved during the clip). */
  public boolean moved() {
    return corners.size() > 1;
  }
}
