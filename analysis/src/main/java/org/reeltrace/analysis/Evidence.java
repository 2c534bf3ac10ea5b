package org.reeltrace.analysis;

import java.util.Objects;

/**
 * One reason behind a lineage decision, stated for a reader.
 *
 * @param kind        what sort of evidence it is
 * @param description the reason in plain words, e.g. "posted 2019-08-01, 212 days before the next"
 * @param weight      how much it counted: positive for, negative against, 0 for a mere statement
 */
public record Evidence(Kind kind, String description, double weight) {
  /** Sorts of evidence. */
  public enum Kind {
    /** The earliest posting time in the cluster. */
    POSTED_FIRST,
    /** Several posts share the earliest posting time. */
    TIED_TIME,
    /** Posts without a posting time that might be earlier. */
    MISSING_TIME,
    /** An on-screen watermark names an account. */
    WATERMARK,
    /** The creation time a TikTok or Douyin post id encodes. */
    POST_ID_TIME,
    /** The video container's creation time. */
    CONTAINER_CREATED,
    /** Higher resolution than the other candidates. */
    RESOLUTION,
    /** A known posting time preferred over unknown ones. */
    KNOWN_TIME,
    /** An arbitrary but stable choice when nothing else decides. */
    ORDER_FALLBACK,
    /** How long after its source a post appeared. */
    LAG,
    /** A post's picture matches an earlier copy more closely than the original: it was made from that copy. */
    NEAREST_COPY,
    /**
     * A post shares an earlier copy's changed frame shape (it inherits that copy's letterbox), or keeps
     * the original's shape that the copy changed (it was not made from that copy).
     */
    FRAME_SHAPE,
    /** An earlier copy lies farther from the original than the post itself: it is not the post's source. */
    FARTHER_COPY,
    /** An earlier copy lacks footage of the original that the post shows: it is not the post's source. */
    MISSING_FOOTAGE,
    /**
     * A post shares an earlier copy's crop (both show the same centre of the original's picture), or
     * shows picture that an earlier copy cut off (it was not made from that copy).
     */
    CROP,
    /**
     * A post repeats an earlier copy's change of the original's timing (a changed speed, a cut at the
     * start or end of the footage) and matches it more closely than the original: it carries that copy's
     * edits; or it plays the footage at the original's speed that the copy changed (it was not made from
     * that copy).
     */
    TIMING,
    /**
     * An earlier copy changed the original's picture in ways the post does not repeat (frame by frame, in
     * the bits of their PDQ hashes): it is not the post's source.
     */
    UNREPEATED_CHANGES,
    /**
     * A post matched an earlier copy only on part of the picture (a region, or with overlays painted
     * over) and the original on the whole picture: it is closer to the original, whatever the scores.
     */
    PART_OF_PICTURE,
    /**
     * A post matches an earlier copy more closely than the original by more than that copy differs from
     * the original, which no edit of that copy explains (the triangle inequality of frame-hash distances):
     * the two scores come from different views of the pictures, and the lead does not count.
     */
    UNEXPLAINED_LEAD
  }

  public Evidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    if (!Double.isFinite(weight)) {
      throw new IllegalArgumentException("weight must be finite, was " + weight);
    }
  }
}
