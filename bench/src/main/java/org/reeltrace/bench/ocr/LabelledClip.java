package org.reeltrace.bench.ocr;

import java.nio.file.Path;
import org.reeltrace.media.ocr.WatermarkedClip;

/**
 * One generated evaluation clip and what should be found in it.
 *
 * @param file       the clip
 * @param backdrop   the picture or video it was drawn over (file name)
 * @param watermark  the drawn watermark, null for a negative
 * @param expected   the handle the detector should report ({@code @name}, {@code 抖音号:123}), null for a negative
 * @param category   {@code tiktok-moving}, {@code tiktok-fixed}, {@code douyin-id}, {@code douyin-name}, {@code none}
 * @param bitrateKbps the H.264 bit rate it was encoded at
 */
record LabelledClip(Path file, String backdrop, WatermarkedClip.Watermark watermark, String expected, String category,
    int bitrateKbps, int width, int height) {

  String platform() {
    return watermark == null ? null : watermark.platform().name().toLowerCase(java.util.Locale.ROOT);
  }
}
