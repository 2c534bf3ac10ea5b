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

  /** {@code uploader:douyin:@jiangbian_xd} → {@code jiangbian_xd}. */
  static String handleIn(String indicates) {
    String rest = indicates.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    String handle = colon >= 0 ? rest.substring(colon + 1) : rest;
    return handle.startsWith("@") ? handle.substring(1) : handle;
  }
}
