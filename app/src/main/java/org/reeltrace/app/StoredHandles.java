package org.reeltrace.app;

import java.util.ArrayList;
import java.util.List;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.media.ocr.KnownHandles;
import org.reeltrace.store.Store;

/**
 * The names the stored channels go by on screen: each channel's handle and its id (a Douyin watermark
 * shows the account's 抖音号, which is its id), for the on-screen reader to look for.
 */
final class StoredHandles {
  private StoredHandles() {}

  static KnownHandles of(Store store) {
    List<String> names = new ArrayList<>();
    for (ChannelKey key : store.channelKeys()) {
      names.add(key.channelId());
      store.channel(key).map(Channel::handle).ifPresent(names::add);
    }
    return KnownHandles.of(names);
  }
}
