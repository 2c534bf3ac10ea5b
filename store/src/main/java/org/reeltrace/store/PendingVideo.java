package org.reeltrace.store;

import java.nio.file.Path;
import java.util.Objects;

/** A stored video file that has no fingerprint yet, and one path it was archived at. */
public record PendingVideo(org.reeltrace.core.MediaFile file, Path path) {
  public PendingVideo {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
  }
}
