package org.reeltrace.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reeltrace.fingerprint.align.Segment;
import org.reeltrace.fingerprint.align.VideoMatch;
import org.reeltrace.media.SampledVideo;
import org.reeltrace.media.UnreadableMediaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reeltrace match A B}: the segments two videos share, aligned in time. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two videos: which seconds of A show the same footage as which seconds of B,",
      "after cropping, picture-in-picture, mirroring, watermarks, letterboxing, re-encoding,",
      "speed changes or cuts."
    })
final class MatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "A", description = "the query video")
  Path query;

  @Parameters(index = "1", paramLabel = "B", description = "the reference video")
  Path reference;

  @Option(names = "--json", description = "print the match as JSON")
  boolean json;

  @Option(names = "--fps", paramLabel = "N", defaultValue = "5",
      description = "frames sampled per second (default: ${DEFAULT-VALUE})")
  double fps;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    VideoFingerprinting fingerprinting = new VideoFingerprinting(fps);
    SampledVideo a;
    SampledVideo b;
    EveryFrameTrack bFrames;
    try {
      a = fingerprinting.sample(query);
    } catch (UnreadableMediaException e) {
      spec.commandLine().getErr().println(query + ": " + OneLineFailure.describe(e));
      return 1;
    }
    try {
      b = fingerprinting.sample(reference);
      bFrames = fingerprinting.everyFrame(reference, b);
    } catch (UnreadableMediaException e) {
      spec.commandLine().getErr().println(reference + ": " + OneLineFailure.describe(e));
      return 1;
    }
    PairMatch pair = PairMatch.of(fingerprinting, query.toString(), a, reference.toString(), b, bFrames);
    VideoMatch match = pair.match();
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("query", query.toString());
      m.put("reference", reference.toString());
      m.put("match", !match.segments().isEmpty());
      m.put("view", pair.view());
      m.putAll(MatchJson.of(match));
      out.println(new ObjectMapper().writeValueAsString(m));
    } else if (match.segments().isEmpty()) {
      out.println("no match");
    } else {
      for (Segment s : match.segments()) {
        out.printf("query %s-%s = reference %s-%s  speed %.2f  score %.2f  %s%n",
            seconds(s.queryStart()), seconds(s.queryEnd()), seconds(s.referenceStart()),
            seconds(s.referenceEnd()), s.speed(), s.score(), s.variant().label());
      }
      out.printf("query matched %.1f %%, reference matched %.1f %%%n",
          match.queryMatchedPercent(), match.referenceMatchedPercent());
      if (!pair.view().equals("whole")) {
        out.println("matched view: " + pair.view());
      }
    }
    return 0;
  }

  static String seconds(double s) {
    return String.format("%d:%06.3f", (int) (s / 60), s % 60);
  }
}
