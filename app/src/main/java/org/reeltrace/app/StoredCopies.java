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
    Map<String, FrameHashes> videos = new LinkedHashMap<>();
    store.forEachFingerprint(FrameHashesCodec.METHOD,
        (sha256, data) -> videos.put(sha256, FrameHashesCodec.decode(data)));
    return of(videos);
  }

  /** These fingerprints, keyed by video SHA-256, in an index. */
  static StoredCopies of(Map<String, FrameHashes> videos) {
    StoredCopies copies = new StoredCopies();
    videos.forEach((sha256, hashes) -> {
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
