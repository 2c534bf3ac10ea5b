package org.reeltrace.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reeltrace.app.soundtrack.Song;

/** The JSON shape of a catalogued song; unknown label and year are {@code null}. */
final class SongJson {
  private SongJson() {}

  static Map<String, Object> of(Song s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", s.title());
    m.put("artist", s.artist());
    m.put("origin", s.origin());
    m.put("label", s.tags().label().orElse(null));
    m.put("year", s.tags().year().isPresent() ? s.tags().year().getAsInt() : null);
    m.put("file", s.fileName());
    m.put("durationSeconds", MatchJson.round(s.durationSeconds()));
    m.put("sha256", s.sha256());
    return m;
  }

  /** One line: {@code "Title" by Artist (KR, Label, 2021)}. */
  static String describe(Song s) {
    StringBuilder b = new StringBuilder();
    b.append('"').append(s.title()).append("\" by ").append(s.artist()).append(" (").append(s.origin());
    s.tags().label().ifPresent(l -> b.append(", ").append(l));
    s.tags().year().ifPresent(y -> b.append(", ").append(y));
    return b.append(')').toString();
  }
}
