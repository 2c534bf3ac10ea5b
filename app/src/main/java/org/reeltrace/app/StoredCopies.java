package org.reeltrace.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reeltrace.store.Store;

/** The fingerprints in the store, loaded into a {@link CopyIndex} keyed by video SHA-256. */
final class StoredCopies {
  private final CopyIndex index = new CopyIndex();
  private final Map<String, FrameHashes> videos = new LinkedHashMap<>();

  private StoredCopies() {}

  static StoredCopies load(Store store) {
    StoredCopies copies = new StoredCopies();
    store.forEachFingerprint(FrameHashesCodec.METHOD, (sha256, data) -> {
      FrameHashes hashes = FrameHashesCodec.decode(data);
      copies.videos.put(sha256, hashes);
      copies.index.add(sha256, hashes);
    });
    return copies;
  }

  CopyIndex index() {
    return index;
  }

  Map<String, FrameHashes> videos() {
    return videos;
  }
}
