package org.reeltrace.media.ocr;

import java.util.List;
import org.reeltrace.media.LumaFrame;

/**
 * Per pixel of a sampled frame, the darkest and the lightest level it took over the sampled frames
 * around it. A burnt-in handle or download watermark stands still while the footage under it moves: in
 * the darkest levels, light text with its dark shadow stays as it is while light footage moving past it
 * (grass in the wind, foliage, glinting water) sinks to the darker levels it also took, so the text's
 * strokes stand out clean ({@link GreyImage#brightTextMask}); the lightest levels do the same for dark
 * text. On footage that stands still, both are the frame itself; text that jumps to another corner is
 * lost in the frames around the jump.
 *
 * <p>Why: on the lineage evaluation's archives, "@cn.clips.daily" and "TikTok @cn.clips.daily" 7-9 pixels
 * high over windblown grass were read as lines of noise ("NSSNNRRSRRNRORR") in every frame: the light
 * edges of the blades passed the stroke test ({@link StrokeRule}) and merged with the letters.
 *
 * @param darkest  per pixel, the lowest level over the frames around
 * @param lightest per pixel, the highest level over the frames around
 */
record StillLevels(GreyImage darkest, GreyImage lightest) {
  /** The levels of {@code frame} over {@code around} (itself may be among them; frames of another size are skipped). */
  static StillLevels of(LumaFrame frame, List<LumaFrame> around) {
    int n = frame.width() * frame.height();
    byte[] darkest = frame.luma().clone();
    byte[] lightest = frame.luma().clone();
    for (LumaFrame other : around) {
      if (other == frame || other.width() != frame.width() || other.height() != frame.height()) {
        continue;
      }
      byte[] luma = other.luma();
      for (int i = 0; i < n; i++) {
        int v = luma[i] & 0xff;
        if (v < (darkest[i] & 0xff)) {
          darkest[i] = luma[i];
        }
        if (v > (lightest[i] & 0xff)) {
          lightest[i] = luma[i];
        }
      }
    }
    return new StillLevels(new GreyImage(frame.width(), frame.height(), darkest),
        new GreyImage(frame.width(), frame.height(), lightest));
  }

  /** The frame itself, as both levels: no frames around to compare. */
  static StillLevels of(GreyImage frame) {
    return new StillLevels(frame, frame);
  }
}
