package org.reeltrace.ingest;

import java.util.ArrayList;
import java.util.List;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.ItemError;

/** An {@link ArchiveSink} that keeps what it is given, for assertions. */
final class CollectingSink implements ArchiveSink {
  final List<ArchivedPost> posts = new ArrayList<>();
  final List<ItemError> errors = new ArrayList<>();

  @Override
  public void post(ArchivedPost item) {
    posts.add(item);
  }

  @Override
  public void error(ItemError error) {
    errors.add(error);
  }

  /** Errors as the one-line messages users see. */
  List<String> messages() {
    return errors.stream().map(ItemError::toString).toList();
  }

  static CollectingSink read(java.nio.file.Path file) {
    CollectingSink sink = new CollectingSink();
    new ArchiveReader().readFile(file, sink);
    return sink;
  }
}
