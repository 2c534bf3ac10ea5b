package org.reeltrace.store;

import java.nio.file.Path;
import java.util.Objects;
import org.reeltrace.core.MediaFile;
import org.reeltrace.core.PostKey;

/** A video file stored for a post, and the path it was last saved from. */
public record PostMedia(PostKey post, MediaFile file, Path path) {
  public PostMedia {
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
  }
}
