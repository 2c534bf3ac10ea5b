package org.reeltrace.media.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The readings of one handle across frames (spellings within a small edit distance of each other), and
 * the spelling they agree on.
 *
 * <p>OCR of small overlaid text confuses look-alike glyphs (l/1/I, O/0, rn/m) differently from frame to
 * frame, as the picture behind the text changes. The agreed spelling takes the most common length
 * among the readings, then at each character position the character most readings of that length show
 * (ties to the higher summed confidence): a per-position majority vote, as in multiple-reading OCR
 * consensus (Lopresti and Zhou, "Using consensus sequence voting to correct OCR errors", 1997), without
 * any guess about which confusion happened.
 */
final class HandleVote {
  /** Readings further apart than this fraction of their length are different handles. */
  private static final double MAX_DISTANCE = 0.3;

  private final String platform;
  private final List<HandleRead> reads = new ArrayList<>();

  private HandleVote(String platform) {
    this.platform = platform;
  }

  /** Groups readings into votes: each reading joins the first vote whose seed spelling is close, strongest first. */
  static List<HandleVote> group(List<HandleRead> reads) {
    List<HandleRead> ordered = new ArrayList<>(reads);
    ordered.sort(Comparator.comparingDouble((HandleRead r) -> -r.sighting().confidence()));
    List<HandleVote> votes = new ArrayList<>();
    for (HandleRead read : ordered) {
      HandleVote home = null;
      for (HandleVote vote : votes) {
        if (vote.accepts(read)) {
          home = vote;
          break;
        }
      }
      if (home == null) {
        home = new HandleVote(read.platform());
        votes.add(home);
      }
      home.reads.add(read);
    }
    return votes;
  }

  private boolean accepts(HandleRead read) {
    String seed = reads.get(0).handle();
    if (!platform.equals(read.platform()) || prefixOf(seed) != prefixOf(read.handle())) {
      return false;
    }
    int length = Math.max(seed.codePointCount(0, seed.length()), read.handle().codePointCount(0, read.handle().length()));
    return Levenshtein.distance(seed, read.handle()) <= Math.max(1, MAX_DISTANCE * length);
  }

  private static boolean prefixOf(String handle) {
    return handle.startsWith("@");
  }

  String platform() {
    return platform;
  }

  List<HandleRead> reads() {
    return reads;
  }

  /** Distinct frame times the handle was read at. */
  int frames() {
    return (int) reads.stream().mapToDouble(r -> r.sighting().seconds()).distinct().count();
  }

  /** The agreed spelling. */
  String consensus() {
    Map<Integer, Double> weightByLength = new HashMap<>();
    for (HandleRead read : reads) {
      weightByLength.merge(length(read), 1 + read.sighting().confidence() / 2.0, Double::sum);
    }
    int length = weightByLength.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    List<int[]> spellings = reads.stream().filter(r -> length(r) == length)
        .map(r -> r.handle().codePoints().toArray()).toList();
    List<Float> confidences = reads.stream().filter(r -> length(r) == length)
        .map(r -> r.sighting().confidence()).toList();
    StringBuilder agreed = new StringBuilder();
    for (int position = 0; position < length; position++) {
      Map<Integer, double[]> tally = new HashMap<>();
      for (int i = 0; i < spellings.size(); i++) {
        double[] counts = tally.computeIfAbsent(spellings.get(i)[position], c -> new double[2]);
        counts[0]++;
        counts[1] += confidences.get(i);
      }
      int best = tally.entrySet().stream()
          .max(Comparator.comparingDouble((Map.Entry<Integer, double[]> e) -> e.getValue()[0])
              .thenComparingDouble(e -> e.getValue()[1]))
          .orElseThrow().getKey();
      agreed.appendCodePoint(best);
    }
    return agreed.toString();
  }

  private static int length(HandleRead read) {
    return read.handle().codePointCount(0, read.handle().length());
  }

  /** Regions in order of first appearance. */
  List<String> regions() {
    Set<String> regions = new LinkedHashSet<>();
    reads.stream().sorted(Comparator.comparingDouble(r -> r.sighting().seconds()))
        .forEach(r -> regions.add(r.sighting().region()));
    return List.copyOf(regions);
  }
}
