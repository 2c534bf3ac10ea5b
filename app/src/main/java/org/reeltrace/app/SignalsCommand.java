package org.reeltrace.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;
import org.reeltrace.core.Signal;
import org.reeltrace.store.SignalSubject;
import org.reeltrace.store.Store;
import org.reeltrace.store.StoredSignal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reeltrace signals POST_OR_CHANNEL}: the stored attribution signals about a post or a channel. */
@Command(
    name = "signals",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the attribution signals 'reeltrace analyze' stored about a post or a channel: terminology,",
      "self-disclosure, watermark handles, songs, capture time, place, device and context, each with",
      "where it was found, its strength and why it means what it indicates.",
      "For a channel, its own signals (name, bio) and those of all its posts."
    })
final class SignalsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "POST_OR_CHANNEL",
      description = "PLATFORM:POST_ID (tiktok:7311234567890123456), PLATFORM:@HANDLE (douyin:@jiangbian_xd), "
          + "or @HANDLE on any platform")
  String subject;

  @Option(names = "--json", description = "print the signals as JSON")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = Store.open(database.url())) {
      Optional<PostKey> post = postNamed(store, subject);
      List<ChannelKey> channels = post.isPresent() ? List.of() : channelsNamed(store, subject);
      if (post.isEmpty() && channels.isEmpty()) {
        err.println(subject + ": no such post or channel in " + database.url()
            + " (write PLATFORM:POST_ID, PLATFORM:@HANDLE or @HANDLE)");
        return 2;
      }
      if (channels.size() > 1) {
        err.println(subject + ": several channels have this handle: " + channels
            + "; write PLATFORM:@HANDLE");
        return 2;
      }
      List<StoredSignal> signals = new ArrayList<>();
      Map<String, Object> about = new LinkedHashMap<>();
      if (post.isPresent()) {
        about.put("type", "post");
        about.put("platform", post.get().platform());
        about.put("id", post.get().postId());
        signals.addAll(store.signals(SignalSubject.of(post.get())));
      } else {
        ChannelKey channel = channels.get(0);
        about.put("type", "channel");
        about.put("platform", channel.platform());
        about.put("id", channel.channelId());
        signals.addAll(store.signals(SignalSubject.of(channel)));
        List<PostKey> posts = store.postKeysOf(channel);
        about.put("posts", posts.size());
        for (PostKey key : posts) {
          signals.addAll(store.signals(SignalSubject.of(key)));
        }
      }
      if (json) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("subject", about);
        result.put("summary", summary(signals));
        result.put("signals", signals.stream().map(SignalsCommand::row).toList());
        out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(result));
      } else if (signals.isEmpty()) {
        out.println(subject + ": no signals stored (run 'reeltrace analyze' first, or none were found)");
      } else {
        out.println(subject + ": " + signals.size() + " signal" + (signals.size() == 1 ? "" : "s") + "; "
            + summary(signals).entrySet().stream().map(e -> e.getKey() + " ×" + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ")));
        for (StoredSignal s : signals) {
          Signal g = s.signal();
          out.printf(Locale.ROOT, "  %-8s %-16s %-26s %.2f  \"%s\" in %s%s%n",
              s.subject().type().equals("post") ? s.subject().id() : "channel",
              g.kind().name().toLowerCase(Locale.ROOT), g.indicates(), g.strength(), oneLine(g.matched()),
              g.foundIn(), g.reference() == null ? "" : " (" + g.reference() + ")");
        }
      }
      return 0;
    }
  }

  private static Optional<PostKey> postNamed(Store store, String text) {
    int colon = text.indexOf(':');
    if (colon <= 0 || text.startsWith("@", colon + 1)) {
      return Optional.empty();
    }
    try {
      PostKey key = new PostKey(text.substring(0, colon), text.substring(colon + 1));
      return store.post(key).map(p -> key);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<ChannelKey> channelsNamed(Store store, String text) {
    int colon = text.indexOf(':');
    if (colon > 0) {
      try {
        ChannelKey key = new ChannelKey(text.substring(0, colon), stripAt(text.substring(colon + 1)));
        return store.channel(key).isPresent() ? List.of(key) : List.of();
      } catch (IllegalArgumentException e) {
        return List.of();
      }
    }
    String handle = stripAt(text).toLowerCase(Locale.ROOT);
    return store.channelKeys().stream()
        .filter(k -> k.channelId().toLowerCase(Locale.ROOT).equals(handle))
        .toList();
  }

  private static String stripAt(String s) {
    return s.startsWith("@") ? s.substring(1) : s;
  }

  private static Map<String, Long> summary(List<StoredSignal> signals) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (StoredSignal s : signals) {
      counts.merge(s.signal().indicates(), 1L, Long::sum);
    }
    return counts;
  }

  private static Map<String, Object> row(StoredSignal s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("about", s.subject().type());
    m.put("platform", s.subject().platform());
    m.put("id", s.subject().id());
    m.put("producer", s.producer());
    m.put("kind", s.signal().kind().name());
    m.put("indicates", s.signal().indicates());
    m.put("matched", s.signal().matched());
    m.put("foundIn", s.signal().foundIn());
    m.put("strength", s.signal().strength());
    m.put("reference", s.signal().reference());
    return m;
  }

  private static String oneLine(String s) {
    String line = s.replaceAll("\\s+", " ").strip();
    return line.length() <= 60 ? line : line.substring(0, 59) + "…";
  }
}
