package org.reeltrace.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.reeltrace.core.ItemError;
import org.reeltrace.core.SourceLocation;

/**
 * The metadata file being read and what every reader needs to know about it.
 *
 * @param path     the file
 * @param modified its last-modified time: {@code observedAt} for formats that carry no collection time
 * @param sink     where items and errors go
 */
record ArchiveFile(Path path, Instant modified, ArchiveSink sink) {
  ArchiveFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(modified, "modified");
    Objects.requireNonNull(sink, "sink");
  }

  static ArchiveFile open(Path path, ArchiveSink sink) throws IOException {
    return new ArchiveFile(path, Files.getLastModifiedTime(path).toInstant(), sink);
  }

  SourceLocation at(int line) {
    return new SourceLocation(path, Math.max(line, 0));
  }

  void error(int line, String problem) {
    sink.error(new ItemError(at(line), problem));
  }
}
