package org.reeltrace.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Platform names as ReelTrace spells them: lower case, one word per platform. */
final class Platforms {
  private static final Set<String> HANDLE_KEYED = Set.of("tiktok", "douyin", "instagram");

  private Platforms() {}

  static String normalize(String platform) {
    Objects.requireNonNull(platform, "platform");
    String p = platform.strip().toLowerCase(Locale.ROOT);
    if (p.isEmpty()) {
      throw new IllegalArgumentException("platform must not be blank");
    }
    return switch (p) {
      case "youtube shorts", "youtube-shorts", "youtubeshorts", "yt", "youtubetab" -> "youtube";
      case "reels", "instagram reels" -> "instagram";
      default -> p;
    };
  }

  static boolean handlesAreCaseInsensitive(String platform) {
    return HANDLE_KEYED.contains(platform);
  }
}
