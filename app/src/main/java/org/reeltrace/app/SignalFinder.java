package org.reeltrace.app;

import java.util.List;
import org.reeltrace.core.Channel;
import org.reeltrace.core.Signal;

/**
 * One way of finding attribution signals (terminology, watermarks, songs, capture metadata), run by the
 * {@link SignalStage} on every post and channel it has not looked at yet.
 */
interface SignalFinder {
  /** The stage and version, e.g. {@code text-v1}: stored with each signal; a new version re-reads everything. */
  String producer();

  /** Signals about one post. A problem that stops this post (an unreadable video) is thrown as a one-line message. */
  List<Signal> findInPost(PostContext post) throws SignalFailure;

  /** Signals about a channel itself (its names and bio); none by default. */
  default List<Signal> findInChannel(Channel channel) throws SignalFailure {
    return List.of();
  }

  /** A problem that kept a finder from reading one post or channel, in one line. */
  final class SignalFailure extends Exception {
    SignalFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
