package org.reeltrace.ingest;

import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.ItemError;

/**
 * Receives what {@link ArchiveReader#readFile} finds in one archive file: each good item and each
 * bad one, in file order.
 */
public interface ArchiveSink {
  /** One item read in full. */
  void post(ArchivedPost item);

  /** One item (or a whole file) that could not be read. */
  void error(ItemError error);
}
