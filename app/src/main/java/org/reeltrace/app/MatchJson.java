package org.reeltrace.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeltrace.fingerprint.align.Segment;
import org.reeltrace.fingerprint.align.VideoMatch;

/**
 * The JSON shape of a video match: segments as
 * {@code {"query":[start,end],"reference":[start,end],"speed":s,"score":x,"variant":"original"}}, times in
 * seconds rounded to milliseconds, plus vPDQ-style percentages.
 */
final class MatchJson {
  private MatchJson() {}

  static Map<String, Object> of(VideoMatch match) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("segments", segments(match.segments()));
    m.put("queryMatchedPercent", round(match.queryMatchedPercent()));
    m.put("referenceMatchedPercent", round(match.referenceMatchedPercent()));
    m.put("queryAlignedPercent", round(match.queryAlignedPercent()));
    m.put("referenceAlignedPercent", round(match.referenceAlignedPercent()));
    return m;
  }

  static List<Map<String, Object>> segments(List<Segment> segments) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Segment s : segments) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("query", List.of(round(s.queryStart()), round(s.queryEnd())));
      m.put("reference", List.of(round(s.referenceStart()), round(s.referenceEnd())));
      m.put("speed", round(s.speed()));
      m.put("score", round(s.score()));
      m.put("matchedFrames", s.matchedFrames());
      m.put("meanDistance", round(s.meanDistance()));
      m.put("variant", s.variant().label());
      out.add(m);
    }
    return out;
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
