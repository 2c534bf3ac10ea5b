package org.reeltrace.analysis.signals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.reeltrace.core.Signal;
import org.reeltrace.core.Signal.Kind;
import org.reeltrace.media.ContainerMetadata;

/**
 * CAPTURE_DEVICE: the camera ({@code device:<make> <model>}), an editing app that rewrote the file
 * ({@code re-edited:<app>}), a short-video platform named in the tags ({@code platform:<name>}), and a
 * plain FFmpeg re-encode without any device tag ({@code re-encoded:ffmpeg}).
 */
public final class CaptureDeviceRule {
  /*
   * Device tags (com.apple.quicktime.make/model, com.android.manufacturer/model) are written by the
   * phone's camera app and dropped by platform re-encodes, so their presence means the file is close to
   * the camera original. Editing apps write their name into the software or handler tags; CapCut is
   * ByteDance's editor, sold in China as 剪映 (Jianying). A URL or name of TikTok/Douyin in a tag shows
   * the file passed through that platform (yt-dlp's --embed-metadata writes the page URL into comment).
   * "Lavf"/"Lavc" is FFmpeg's libavformat/libavcodec signature.
   */
  private static final Map<String, String> EDITORS = Map.ofEntries(
      Map.entry("capcut", "capcut"), Map.entry("剪映", "capcut"), Map.entry("jianying", "capcut"),
      Map.entry("inshot", "inshot"), Map.entry("kinemaster", "kinemaster"), Map.entry("vivacut", "vivacut"),
      Map.entry("videoleap", "videoleap"), Map.entry("imovie", "imovie"), Map.entry("premiere", "adobe-premiere"),
      Map.entry("final cut", "final-cut"), Map.entry("davinci", "davinci-resolve"), Map.entry("必剪", "bijian"),
      Map.entry("快影", "kuaiying"), Map.entry("vn video editor", "vn"));
  private static final Map<String, String> PLATFORMS = Map.of(
      "tiktok", "tiktok", "douyin", "douyin", "抖音", "douyin", "bytedance", "bytedance", "kuaishou", "kuaishou",
      "youtube.com/shorts", "youtube");
  private static final Set<String> DEVICE_KEYS = Set.of("com.apple.quicktime.make", "com.apple.quicktime.model",
      "com.android.manufacturer", "com.android.model", "make", "model");

  /** The signals {@code metadata}'s device and software tags yield. */
  public List<Signal> signals(ContainerMetadata metadata) {
    List<Signal> signals = new ArrayList<>();
    String device = join(metadata.make(), metadata.model());
    if (device != null) {
      signals.add(new Signal(Kind.CAPTURE_DEVICE, "device:" + device, device, "container:make/model", 0.3,
          "camera-app device tags; platform re-encodes drop them, so the file is close to the camera original"));
    }
    Set<String> seen = new LinkedHashSet<>();
    for (Map.Entry<String, String> tag : metadata.rawTags().entrySet()) {
      String value = tag.getValue();
      String lower = value.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, String> editor : EDITORS.entrySet()) {
        if (lower.contains(editor.getKey()) && seen.add("re-edited:" + editor.getValue())) {
          signals.add(new Signal(Kind.CAPTURE_DEVICE, "re-edited:" + editor.getValue(), value, "container:" + tag.getKey(),
              0.5, "editing app named in the tags: the file was re-edited, not the camera original"));
        }
      }
      for (Map.Entry<String, String> platform : PLATFORMS.entrySet()) {
        if (lower.contains(platform.getKey()) && seen.add("platform:" + platform.getValue())) {
          signals.add(new Signal(Kind.CAPTURE_DEVICE, "platform:" + platform.getValue(), value, "container:" + tag.getKey(),
              0.4, "short-video platform named in the tags: the file passed through it"));
        }
      }
    }
    boolean hasDeviceTag = metadata.rawTags().keySet().stream()
        .anyMatch(key -> DEVICE_KEYS.contains(key.substring(key.indexOf(':') + 1)));
    String encoder = metadata.encoder();
    if (!hasDeviceTag && encoder != null && (encoder.startsWith("Lavf") || encoder.startsWith("Lavc"))) {
      signals.add(new Signal(Kind.CAPTURE_DEVICE, "re-encoded:ffmpeg", encoder, "container:encoder", 0.1,
          "written by FFmpeg's libraries without device tags: a re-encode or remux, not the camera original"));
    }
    return signals;
  }

  private static String join(String make, String model) {
    if (make == null && model == null) {
      return null;
    }
    if (make == null || model == null) {
      return make == null ? model : make;
    }
    return model.toLowerCase(Locale.ROOT).startsWith(make.toLowerCase(Locale.ROOT)) ? model : make + " " + model;
  }
}
