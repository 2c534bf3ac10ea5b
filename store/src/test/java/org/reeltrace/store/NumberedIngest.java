package org.reeltrace.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.reeltrace.core.ItemError;
import org.reeltrace.core.SourceLocation;

/**
 * An ingest of the numbered corpus ({@link Items#numbered}) as a program of its own, so that a test can
 * kill it with SIGKILL mid-run: {@code NumberedIngest JDBC_URL COUNT VIDEO_ROOT}. It records one
 * rejected item, then saves items 0..COUNT-1 and prints {@code saved N} after every 50 items.
 *
 * <p>Also times an ingest by hand (after {@code mvn -pl store -am test-compile} and
 * {@code dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}):
 * {@code time java -cp store/target/test-classes:store/target/classes:$(cat store/cp.txt)
 * org.reeltrace.store.NumberedIngest jdbc:sqlite:/tmp/t.db 10000 /tmp/videos}
 */
final class NumberedIngest {
  private NumberedIngest() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.err.println("usage: NumberedIngest JDBC_URL COUNT VIDEO_ROOT");
      System.exit(2);
    }
    run(args[0], Integer.parseInt(args[1]), Path.of(args[2]), saved -> {
      System.out.println("saved " + saved);
      System.out.flush();
    });
  }

  /** Runs the ingest, telling {@code progress} the number of items saved after every 50. */
  static void run(String url, int count, Path videoRoot, IntConsumer progress) {
    try (Store store = Store.open(url)) {
      long runId = store.startIngestRun(videoRoot.toString());
      store.recordError(runId, new ItemError(SourceLocation.of(Path.of("broken.info.json")), "not JSON"));
      for (int i = 0; i < count; i++) {
        store.savePost(Items.numbered(i), Optional.of(Items.numberedVideo(i, videoRoot)));
        if ((i + 1) % 50 == 0) {
          progress.accept(i + 1);
        }
      }
      store.finishIngestRun(runId);
    }
  }
}
