package org.reeltrace.media;

/**
 * A file FFmpeg cannot read as a video (or, for {@link AudioReader}, as audio).
 *
 * <p>The message is one line, {@code "not a readable video: <reason>"}; callers prefix the file path.
 */
public final class UnreadableMediaException extends Exception {
  private static final long serialVersionUID = 1L;

  UnreadableMediaException(String reason) {
    super("not a readable video: " + reason);
  }

  UnreadableMediaException(String kind, String reason) {
    super("not a readable " + kind + ": " + reason);
  }
}
