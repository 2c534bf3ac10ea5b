package org.reeltrace.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reeltrace.media.UnreadableMediaException;
import org.reeltrace.media.VpdqHasher;
import org.reeltrace.media.VpdqLuma;
import org.reeltrace.media.VpdqOptions;
import org.reeltrace.media.VpdqVideo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reeltrace vpdq VIDEO}: per-frame PDQ hashes in vPDQ's output format. */
@Command(
    name = "vpdq",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the vPDQ hashes of a video, one line per hashed frame: frame,quality,hash,timestamp",
      "(the format of Meta's vpdq-hash-video). Every frame by default, as vPDQ does."
    })
final class VpdqCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--fps", paramLabel = "N",
      description = "hash N frames per second instead of every frame (vPDQ's seconds-per-hash = 1/N)")
  Double fps;

  @Option(names = "--downscale", paramLabel = "SIDE",
      description = "scale frames to SIDE x SIDE before hashing, like vPDQ's --downscale (e.g. 128)")
  Integer downscale;

  @Option(names = "--fast",
      description = "luma from the decoder's Y plane, PDQ blur evaluated at its 64x64 samples only:"
          + " 2-3x the C++ vPDQ's speed, within about 1 bit of its hashes (default: vPDQ's own RGB path)")
  boolean fast;

  @Parameters(paramLabel = "VIDEO", description = "the video file")
  Path video;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    VpdqOptions options = fast ? VpdqOptions.DEFAULT.withLuma(VpdqLuma.FAST) : VpdqOptions.DEFAULT;
    if (fps != null) {
      if (!(fps > 0)) {
        err.println("reeltrace: --fps must be > 0, was " + fps);
        return 2;
      }
      options = options.withSecondsPerHash(1 / fps);
    }
    if (downscale != null) {
      if (downscale < 1) {
        err.println("reeltrace: --downscale must be >= 1, was " + downscale);
        return 2;
      }
      options = options.withDownscale(downscale);
    }
    VpdqVideo hashes;
    try {
      hashes = new VpdqHasher().hash(video, options);
    } catch (UnreadableMediaException e) {
      err.println(video + ": " + OneLineFailure.describe(e));
      return 1;
    }
    hashes.toLines().forEach(out::println);
    hashes.warning().ifPresent(w -> err.println(video + ": " + w));
    return 0;
  }
}
