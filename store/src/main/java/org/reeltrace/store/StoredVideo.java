package org.reeltrace.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.reeltrace.core.MediaFile;

/**
 * A video file to store with its post: what it is (hash, size, probe results) and where it was found.
 *
 * @param file         the file's identity and probe results
 * @param path         where the file lies; stored absolute and normalised
 * @param lastModified the file's modification time (kept to the millisecond), so that a later run
 *                     can recognise the unchanged file without hashing it again
 */
public record StoredVideo(MediaFile file, Path path, Instant lastModified) {
  public StoredVideo {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(lastModified, "lastModified");
    path = path.toAbsolutePath().normalize();
  }
}
