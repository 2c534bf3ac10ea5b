package org.reeltrace.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reeltrace.analysis.AttributedSignal;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Post;
import org.reeltrace.core.PostKey;
import org.reeltrace.core.Signal;
import org.reeltrace.store.PostMedia;
import org.reeltrace.store.SignalSubject;
import org.reeltrace.store.Store;
import org.reeltrace.store.StoredSignal;

/**
 * The signal stage: every finder looks at every post and channel it has not looked at yet, and what it
 * finds replaces its earlier findings about that subject in one transaction. An interrupted run resumes
 * with the subjects still missing; a post a finder cannot read is reported in one line, recorded, and not
 * tried again by that finder version.
 */
final class SignalStage {
  private final Store store;
  private final PrintWriter err;
  private final Progress progress;
  private final List<SignalFinder> finders;

  SignalStage(Store store, PrintWriter err, Progress progress, List<SignalFinder> finders) {
    this.store = store;
    this.err = err;
    this.progress = progress;
    this.finders = List.copyOf(finders);
  }

  /** What a run did. */
  record Result(int looked, int found, int failed) {}

  Result run() {
    List<ChannelKey> channels = store.channelKeys();
    List<PostKey> posts = store.postKeys();
    progress.start("signals", (long) (channels.size() + posts.size()) * finders.size());
    Tally tally = new Tally();
    for (SignalFinder finder : finders) {
      for (ChannelKey key : channels) {
        look(SignalSubject.of(key), finder, tally, key::toString, () -> {
          Channel channel = store.channel(key).orElseThrow();
          return finder.findInChannel(channel);
        });
      }
      for (PostKey key : posts) {
        look(SignalSubject.of(key), finder, tally, () -> {
          List<PostMedia> media = store.mediaOf(key);
          return media.isEmpty() ? key.toString() : media.get(0).path().toString();
        }, () -> {
          Post post = store.post(key).orElseThrow();
          Channel channel = store.channel(post.channel()).orElseThrow();
          return finder.findInPost(new PostContext(post, channel, store.mediaOf(key)));
        });
      }
    }
    progress.finish();
    return new Result(tally.looked, tally.found, tally.failed);
  }

  /** One finder's search of one subject, as a step that may fail with a one-line message. */
  private interface Search {
    List<Signal> run() throws SignalFinder.SignalFailure;
  }

  private static final class Tally {
    int looked;
    int found;
    int failed;
  }

  private void look(SignalSubject subject, SignalFinder finder, Tally tally, Supplier<String> where,
      Search search) {
    if (!store.hasSignalRun(subject, finder.producer())) {
      try {
        List<Signal> signals = search.run();
        store.replaceSignals(subject, finder.producer(), signals, null);
        tally.found += signals.size();
      } catch (SignalFinder.SignalFailure e) {
        tally.failed++;
        report(where.get(), finder, e, subject);
      }
      tally.looked++;
    }
    progress.advance(1);
  }

  private void report(String where, SignalFinder finder, SignalFinder.SignalFailure e, SignalSubject subject) {
    progress.interrupt();
    err.println(where + ": " + finder.producer() + ": " + e.getMessage());
    err.flush();
    store.replaceSignals(subject, finder.producer(), List.of(), e.getMessage());
  }

  /** Every stored signal, with the channel each one's post belongs to, for the report. */
  static List<AttributedSignal> stored(Store store) {
    Map<PostKey, ChannelKey> channelOf = new HashMap<>();
    List<AttributedSignal> out = new ArrayList<>();
    for (StoredSignal s : store.allSignals()) {
      SignalSubject subject = s.subject();
      if (subject.type().equals("channel")) {
        out.add(new AttributedSignal(new ChannelKey(subject.platform(), subject.id()), null, s.producer(),
            s.signal()));
      } else {
        PostKey post = new PostKey(subject.platform(), subject.id());
        ChannelKey channel = channelOf.computeIfAbsent(post,
            k -> store.post(k).map(Post::channel).orElse(null));
        if (channel != null) {
          out.add(new AttributedSignal(channel, post, s.producer(), s.signal()));
        }
      }
    }
    return out;
  }
}
