package org.reeltrace.core;

import java.util.Objects;

/**
 * One small tell about where a post or a channel comes from, stated with where it was found. Each tell
 * is weak alone; the assessment weighs them together, and the report shows every one with its source.
 *
 * @param kind       what sort of tell this is
 * @param indicates  what it points to, as a short stable token: {@code south-korean-usage},
 *                   {@code dprk-official-usage}, {@code outsider}, {@code origin:KR},
 *                   {@code uploader:douyin:@handle}, {@code filmed-before:2020-01-22}, ...
 * @param matched    the matched text or value, verbatim (untrusted: escape before display)
 * @param foundIn    where it was found: {@code caption}, {@code channel-name}, {@code bio}, {@code hashtag},
 *                   {@code transcript}, {@code on-screen 0:12}, {@code container:creation_time},
 *                   {@code audio 0:03-0:14}, ...
 * @param strength   how strongly it points there, 0 (barely) to 1 (conclusive)
 * @param reference  why it means that: a lexicon entry with its cited source, a rule, a catalog entry
 */
public record Signal(
    Kind kind, String indicates, String matched, String foundIn, double strength, String reference) {

  /** The sorts of tells ReelTrace reads. */
  public enum Kind {
    /** A word or phrase whose use points to one community's usage (북한 vs 조선). */
    TERMINOLOGY,
    /** The creator states being a visitor, foreigner, tourist or not affiliated. */
    SELF_DISCLOSURE,
    /** A platform watermark on screen names the account that first uploaded the footage. */
    WATERMARK_HANDLE,
    /** Other text read from the picture. */
    ON_SCREEN_TEXT,
    /** A song identified in the soundtrack, with its origin country. */
    SOUNDTRACK,
    /** The archive's music title disagrees with what the audio says. */
    MUSIC_METADATA_DISAGREEMENT,
    /** When the footage was captured, from the container, and what that implies. */
    CAPTURE_TIME,
    /** Where the footage was captured, from the container's GPS tag. */
    CAPTURE_LOCATION,
    /** The device or software that wrote the file. */
    CAPTURE_DEVICE,
    /** How the footage was filmed, e.g. from a moving vehicle. */
    CAPTURE_CONTEXT
  }

  public Signal {
    Objects.requireNonNull(kind, "kind");
    indicates = requireText(indicates, "indicates");
    matched = requireText(matched, "matched");
    foundIn = requireText(foundIn, "foundIn");
    if (!(strength >= 0 && strength <= 1)) {
      throw new IllegalArgumentException("strength must be 0..1, was " + strength);
    }
    reference = Text.blankToNull(reference);
  }

  private static String requireText(String value, String name) {
    String text = Text.blankToNull(value);
    if (text == null) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return text;
  }
}
