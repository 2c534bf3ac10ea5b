package org.reeltrace.fingerprint.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * All pairs (query sample, reference sample) within the distance threshold, in query order, with
 * each pair's distance and the query variant that achieved it. Also yields vPDQ's match
 * percentages, which need exactly this all-pairs comparison.
 */
final class FramePairs {
  final int count;
  final int[] query;
  final int[] reference;
  final int[] distance;
  final int[] variant;
  /** Pairs of query sample {@code i} are {@code [firstOf[i], firstOf[i + 1])}. */
  final int[] firstOf;
  final double queryMatchedPercent;
  final double referenceMatchedPercent;

  FramePairs(SampledSequence q, SampledSequence r, int threshold, int minQuality) {
    int capacity = 64;
    int[] qs = new int[capacity];
    int[] rs = new int[capacity];
    int[] ds = new int[capacity];
    int n = 0;
    boolean[] qMatched = new boolean[q.size];
    boolean[] rMatched = new boolean[r.size];
    firstOf = new int[q.size + 1];
    for (int i = 0; i < q.size; i++) {
      firstOf[i] = n;
      if (q.quality[i] < minQuality) {
        continue;
      }
      for (int j = 0; j < r.size; j++) {
        if (r.quality[j] < minQuality) {
          continue;
        }
        int packed = q.minDistance(i, r, j);
        if (packed >> 3 <= threshold) {
          if (n == capacity) {
            capacity *= 2;
            qs = Arrays.copyOf(qs, capacity);
            rs = Arrays.copyOf(rs, capacity);
            ds = Arrays.copyOf(ds, capacity);
          }
          qs[n] = i;
          rs[n] = j;
          ds[n] = packed;
          n++;
          qMatched[i] = true;
          rMatched[j] = true;
        }
      }
    }
    firstOf[q.size] = n;
    count = n;
    query = qs;
    reference = rs;
    distance = new int[n];
    variant = new int[n];
    for (int p = 0; p < n; p++) {
      distance[p] = ds[p] >> 3;
      variant[p] = ds[p] & 7;
    }
    queryMatchedPercent = uniqueMatchedPercent(q, qMatched, minQuality);
    referenceMatchedPercent = uniqueMatchedPercent(r, rMatched, minQuality);
  }

  /*
   * vPDQ counts unique frame hashes: identical frames (a still shot) count once, and a unique
   * hash is matched when any of its frames matched (ThreatExchange vpdq/README.md, "Comparison
   * (Matching) Algorithm"). Frames below the quality threshold are left out of both counts.
   */
  private static double uniqueMatchedPercent(SampledSequence s, boolean[] matched, int minQuality) {
    Map<HashKey, Boolean> unique = new HashMap<>();
    int stride = s.variantCount * 4;
    for (int i = 0; i < s.size; i++) {
      if (s.quality[i] < minQuality) {
        continue;
      }
      int at = i * stride;
      HashKey key = new HashKey(s.words[at], s.words[at + 1], s.words[at + 2], s.words[at + 3]);
      unique.merge(key, matched[i], Boolean::logicalOr);
    }
    if (unique.isEmpty()) {
      return 0;
    }
    long hits = unique.values().stream().filter(Boolean::booleanValue).count();
    return 100.0 * hits / unique.size();
  }

  private record HashKey(long w0, long w1, long w2, long w3) {}
}
