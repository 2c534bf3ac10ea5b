package org.reeltrace.app;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reeltrace.core.PostKey;
import org.reeltrace.core.Signal;
import org.reeltrace.store.SignalSubject;
import org.reeltrace.store.StoredSignal;
import org.reeltrace.store.Store;

/**
 * The account handles that on-screen platform watermarks on a post name, read back from the stored
 * {@link Signal.Kind#WATERMARK_HANDLE} signals, whose {@code indicates} is {@code uploader:PLATFORM:@HANDLE}.
 */
final class WatermarkHandles {
  private static final String PREFIX = "uploader:";
  private static final String DOUYIN_ID = "抖音号:";

  private WatermarkHandles() {}

  /** The handles read on a post, each once, and for each the regions of the picture it was read in. */
  record Read(List<String> handles, List<List<String>> regions) {}

  static Read of(Store store, PostKey post) {
    Map<String, Set<String>> regionsByHandle = new LinkedHashMap<>();
    for (StoredSignal stored : store.signals(SignalSubject.of(post))) {
      Signal s = stored.signal();
      if (s.kind() != Signal.Kind.WATERMARK_HANDLE || !s.indicates().startsWith(PREFIX)) {
        continue;
      }
      String handle = handleIn(s.indicates());
      if (!handle.isEmpty()) {
        regionsByHandle.computeIfAbsent(handle, h -> new LinkedHashSet<>()).addAll(regionsIn(s.foundIn()));
      }
    }
    return new Read(List.copyOf(regionsByHandle.keySet()),
        regionsByHandle.values().stream().map(List::copyOf).toList());
  }

  /**
   * {@code on-screen 0:00-0:08 bottom-right, top-left} → {@code [bottom-right, top-left]}: the regions
   * after the time range ({@code OnScreenSignals} writes them so); none when the text is otherwise.
   */
  static List<String> regionsIn(String foundIn) {
    String[] parts = foundIn == null ? new String[0] : foundIn.split(" ", 3);
    if (parts.length < 3 || !parts[0].equals("on-screen")) {
      return List.of();
    }
    return List.of(parts[2].split(",\\s*"));
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
