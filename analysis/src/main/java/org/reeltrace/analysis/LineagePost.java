package org.reeltrace.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

/**
 * One post as lineage sees it. Everything but the key and channel may be missing (null).
 *
 * @param key                platform and post id
 * @param channel            the channel that posted it
 * @param channelHandle      the channel's handle without {@code @}, or null
 * @param postedAt           when the platform says it was posted, or null when unknown
 * @param caption            the caption (untrusted text), or null
 * @param views              view count, or null
 * @param followers          the channel's follower count, or null
 * @param width              video width in pixels, or null
 * @param height             video height in pixels, or null
 * @param containerCreatedAt the video container's creation time, or null
 * @param watermarkHandles   handles read from on-screen watermarks (with or without {@code @}); may be empty
 * @param url                the post's web address, or null
 * @param watermarkRegions   for each of {@code watermarkHandles}, the ninths of the picture it was read in
 *     ({@code top-left}, {@code top}, ... {@code bottom-right}); empty when not known
 * @param videoSeconds       the video's duration in seconds, or null when unknown
 */
public record LineagePost(
    PostKey key,
    ChannelKey channel,
    String channelHandle,
    Instant postedAt,
    String caption,
    Long views,
    Long followers,
    Integer width,
    Integer height,
    Instant containerCreatedAt,
    List<String> watermarkHandles,
    String url,
    List<List<String>> watermarkRegions,
    Double videoSeconds) {
  public LineagePost {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(channel, "channel");
    if (width != null && width <= 0) {
      throw new IllegalArgumentException("width must be > 0 pixels, was " + width + " for post " + key);
    }
    if (height != null && height <= 0) {
      throw new IllegalArgumentException("height must be > 0 pixels, was " + height + " for post " + key);
    }
    if (views != null && views < 0) {
      throw new IllegalArgumentException("views must be >= 0, was " + views + " for post " + key);
    }
    if (followers != null && followers < 0) {
      throw new IllegalArgumentException("followers must be >= 0, was " + followers + " for post " + key);
    }
    if (videoSeconds != null && !(videoSeconds >= 0)) {
      throw new IllegalArgumentException("video duration must be >= 0 s, was " + videoSeconds + " for post " + key);
    }
    watermarkHandles = watermarkHandles == null ? List.of() : List.copyOf(watermarkHandles);
    watermarkRegions = watermarkRegions == null ? List.of() : watermarkRegions.stream().map(List::copyOf).toList();
    if (!watermarkRegions.isEmpty() && watermarkRegions.size() != watermarkHandles.size()) {
      throw new IllegalArgumentException("watermark regions must be given for each of the " + watermarkHandles.size()
          + " handles or none, were " + watermarkRegions.size() + " for post " + key);
    }
  }

  /** A post whose video's duration is not known. */
  public LineagePost(PostKey key, ChannelKey channel, String channelHandle, Instant postedAt, String caption,
      Long views, Long followers, Integer width, Integer height, Instant containerCreatedAt,
      List<String> watermarkHandles, String url, List<List<String>> watermarkRegions) {
    this(key, channel, channelHandle, postedAt, caption, views, followers, width, height, containerCreatedAt,
        watermarkHandles, url, watermarkRegions, null);
  }

  /** A post whose watermarks' places in the picture and video's duration are not known. */
  public LineagePost(PostKey key, ChannelKey channel, String channelHandle, Instant postedAt, String caption,
      Long views, Long followers, Integer width, Integer height, Instant containerCreatedAt,
      List<String> watermarkHandles, String url) {
    this(key, channel, channelHandle, postedAt, caption, views, followers, width, height, containerCreatedAt,
        watermarkHandles, url, List.of(), null);
  }

  /** A post with only key, channel and posting time, for tests and simple callers. */
  public static LineagePost of(PostKey key, ChannelKey channel, Instant postedAt) {
    return new LineagePost(key, channel, channel.channelId(), postedAt, null, null, null, null, null, null,
        List.of(), null);
  }

  /** This post with its watermark handles read otherwise, one for one (their regions stay). */
  LineagePost withWatermarkHandles(List<String> handles) {
    return new LineagePost(key, channel, channelHandle, postedAt, caption, views, followers, width, height,
        containerCreatedAt, handles, url, watermarkRegions, videoSeconds);
  }

  /**
   * The regions of the picture where this post's watermarks naming {@code handle} were read; empty when
   * none names it, null when one does but its place is not known.
   */
  List<String> regionsNaming(String handle) {
    List<String> regions = new ArrayList<>();
    String wanted = handle == null ? null : normalizeHandle(handle);
    for (int i = 0; i < watermarkHandles.size(); i++) {
      if (wanted != null && normalizeHandle(watermarkHandles.get(i)).equals(wanted)) {
        if (watermarkRegions.isEmpty() || watermarkRegions.get(i).isEmpty()) {
          return null;
        }
        regions.addAll(watermarkRegions.get(i));
      }
    }
    return regions;
  }

  /** The handle to show: {@link #channelHandle} when known, else the channel id. */
  public String displayHandle() {
    return channelHandle == null || channelHandle.isBlank() ? channel.channelId() : channelHandle;
  }

  /** Pixel count, or 0 when width or height is unknown. */
  long pixels() {
    return width == null || height == null ? 0L : (long) width * height;
  }

  /** True when a watermark on this post names the given handle (case-insensitive, {@code @} ignored). */
  boolean watermarkNames(String handle) {
    if (handle == null) {
      return false;
    }
    String wanted = normalizeHandle(handle);
    for (String h : watermarkHandles) {
      if (normalizeHandle(h).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  static String normalizeHandle(String h) {
    String s = h.strip();
    while (s.startsWith("@")) {
      s = s.substring(1);
    }
    return s.toLowerCase(Locale.ROOT);
  }
}
