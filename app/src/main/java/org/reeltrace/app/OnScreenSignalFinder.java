package org.reeltrace.app;

import java.util.ArrayList;
import java.util.List;
import org.reeltrace.core.Signal;
import org.reeltrace.media.UnreadableMediaException;
import org.reeltrace.media.ocr.KnownHandles;
import org.reeltrace.media.ocr.OnScreenSignals;
import org.reeltrace.media.ocr.OnScreenText;
import org.reeltrace.media.ocr.ScreenReading;
import org.reeltrace.media.ocr.TextSighting;
import org.reeltrace.store.PostMedia;

/**
 * On-screen text of each of a post's videos, read by Tesseract: platform watermarks naming the first
 * uploader (which lineage then uses as first-appearance evidence), a few clearly read other lines, and
 * the terminology and self-disclosure tells in everything read.
 */
final class OnScreenSignalFinder implements SignalFinder {
  private final OnScreenText reader;
  private final TextSignals text;
  private final KnownHandles known;

  /**
   * @param reader an open reader; it stays open for the whole stage (Tesseract takes seconds to load)
   * @param known  the handles of the stored channels, looked for in text read however unsurely: a post is
   *     matched against the channels stored when it is read
   */
  OnScreenSignalFinder(OnScreenText reader, TextSignals text, KnownHandles known) {
    this.reader = reader;
    this.text = text;
    this.known = known;
  }

  @Override
  public String producer() {
    return "on-screen-v10";
  }

  @Override
  public List<Signal> findInPost(PostContext post) throws SignalFailure {
    List<Signal> found = new ArrayList<>();
    for (PostMedia media : post.media()) {
      ScreenReading reading;
      try {
        reading = reader.read(media.path(), known);
      } catch (UnreadableMediaException e) {
        throw new SignalFailure(OneLineFailure.describe(e), e);
      }
      found.addAll(OnScreenSignals.from(reading));
      for (TextSighting line : reading.lines()) {
        text.read(found, line.text(), "on-screen " + MinutesSeconds.of(line.seconds()) + " " + line.region());
      }
    }
    return dedupe(found);
  }

  /** The same tell read in many frames is one signal, at its first sighting. */
  private static List<Signal> dedupe(List<Signal> signals) {
    List<Signal> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Signal s : signals) {
      if (s.kind() == Signal.Kind.WATERMARK_HANDLE || s.kind() == Signal.Kind.ON_SCREEN_TEXT
          || seen.add(s.kind() + "\u0000" + s.indicates() + "\u0000" + s.matched())) {
        out.add(s);
      }
    }
    return out;
  }
}
