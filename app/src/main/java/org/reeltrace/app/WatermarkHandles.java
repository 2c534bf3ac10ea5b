package org.reeltrace.app;

import java.util.List;
import org.reeltrace.core.PostKey;
import org.reeltrace.core.Signal;
import org.reeltrace.store.SignalSubject;
import org.reeltrace.store.Store;

/**
 * The account handles that on-screen platform watermarks on a post name, read back from the stored
 * {@link Signal.Kind#WATERMARK_HANDLE} signals, whose {@code indicates} is {@code uploader:PLATFORM:@HANDLE}.
 */
final class WatermarkHandles {
  private static final String PREFIX = "uploader:";
  private static final String DOUYIN_ID = "抖音号:";

  private WatermarkHandles() {}

  static List<String> of(Store store, PostKey post) {
    return store.signals(SignalSubject.of(post)).stream()
        .map(s -> s.signal())
        .filter(s -> s.kind() == Signal.Kind.WATERMARK_HANDLE && s.indicates().startsWith(PREFIX))
        .map(s -> handleIn(s.indicates()))
        .filter(h -> !h.isEmpty())
        .distinct()
        .toList();
  }

  /**
   * {@code uploader:tiktok:@mina.makes} → {@code mina.makes}; {@code uploader:douyin:抖音号:jiangbian_xd} →
   * {@code jiangbian_xd} (the Douyin ID is the account's unique id, which is its channel key).
   */
  static String handleIn(String indicates) {
    String rest = indicates.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    String handle = colon >= 0 ? rest.substring(colon + 1) : rest;
    if (handle.startsWith(DOUYIN_ID)) {
      handle = handle.substring(DOUYIN_ID.length()).strip();
    }
    return handle.startsWith("@") ? handle.substring(1) : handle;
  }
}
