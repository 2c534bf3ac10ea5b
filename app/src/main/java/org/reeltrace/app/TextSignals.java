package org.reeltrace.app;

import java.util.ArrayList;
import java.util.List;
import org.reeltrace.analysis.signals.SelfDisclosureDetector;
import org.reeltrace.analysis.signals.TerminologyDetector;
import org.reeltrace.core.Channel;
import org.reeltrace.core.Post;
import org.reeltrace.core.Signal;

/**
 * Terminology and self-disclosure signals from the texts the archive gives: a post's caption, title,
 * hashtags and transcript; a channel's handle, name and bio.
 */
final class TextSignals implements SignalFinder {
  private final TerminologyDetector terminology = TerminologyDetector.load();
  private final SelfDisclosureDetector disclosure = SelfDisclosureDetector.load();

  @Override
  public String producer() {
    return "text-" + terminology.lexiconVersion();
  }

  @Override
  public List<Signal> findInPost(PostContext context) {
    Post post = context.post();
    List<Signal> found = new ArrayList<>();
    read(found, post.caption(), "caption");
    if (post.title() != null && !post.title().equals(post.caption())) {
      read(found, post.title(), "title");
    }
    if (!post.hashtags().isEmpty()) {
      read(found, "#" + String.join(" #", post.hashtags()), "hashtags");
    }
    read(found, post.transcript(), "transcript");
    return found;
  }

  @Override
  public List<Signal> findInChannel(Channel channel) {
    List<Signal> found = new ArrayList<>();
    found.addAll(terminology.detect(channel.handle(), "channel-handle"));
    read(found, channel.displayName(), "channel-name");
    read(found, channel.bio(), "bio");
    return found;
  }

  /** Both detectors on one text; the terminology of on-screen text is read the same way. */
  void read(List<Signal> into, String text, String foundIn) {
    into.addAll(terminology.detect(text, foundIn));
    into.addAll(disclosure.detect(text, foundIn));
  }
}
