package org.reeltrace.ingest;

/**
 * Thrown inside the readers when one item cannot be read; the message is the one-line problem that
 * becomes the {@link org.reeltrace.core.ItemError}. Never leaves the package.
 */
final class BadItem extends Exception {
  private static final long serialVersionUID = 1L;

  BadItem(String problem) {
    super(problem, null, false, false);
  }
}
