package org.reeltrace.media;

import java.util.Locale;
import java.util.Set;

/**
 * Handler names that say nothing about the software: the defaults FFmpeg's and GPAC's muxers write
 * for every file. A handler name like {@code Core Media Video} (Apple) or
 * {@code ISO Media file produced by Google Inc.} does say something and is kept.
 */
final class GenericHandler {
  private static final Set<String> DEFAULTS = Set.of(
      "videohandler", "soundhandler", "datahandler", "subtitlehandler", "hint handler",
      "vide", "soun", "gpac iso video handler", "gpac iso audio handler", "l-smash video handler",
      "l-smash audio handler");

  private GenericHandler() {}

  /** True when {@code key} is a handler name and {@code value} one of the uninformative defaults. */
  static boolean is(String key, String value) {
    return key.equals("handler_name") && DEFAULTS.contains(value.strip().toLowerCase(Locale.ROOT));
  }
}
