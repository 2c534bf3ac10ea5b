package org.reeltrace.app;

import java.util.concurrent.Callable;
import org.reeltrace.store.Store;
import org.reeltrace.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reeltrace stats}: counts of what the store holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Prints what the store holds: distinct channels, posts, video files (by content),",
      "and the items the last ingest rejected."
    })
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DatabaseOption database;

  @Option(names = "--json", description = "print {\"channels\":N,\"posts\":N,\"media\":N,\"errors\":N}")
  boolean json;

  @Override
  public Integer call() {
    try (Store store = Store.open(database.url())) {
      StoreStats stats = store.stats();
      spec.commandLine().getOut().println(json ? toJson(stats) : describe(database.url(), stats));
      return 0;
    }
  }

  static String toJson(StoreStats stats) {
    return String.format(
        "{\"channels\":%d,\"posts\":%d,\"media\":%d,\"errors\":%d}",
        stats.channels(), stats.posts(), stats.media(), stats.errors());
  }

  static String describe(String url, StoreStats stats) {
    return String.format(
        "store %s: %d channels, %d posts, %d media files; last ingest rejected %d items",
        url, stats.channels(), stats.posts(), stats.media(), stats.errors());
  }
}
