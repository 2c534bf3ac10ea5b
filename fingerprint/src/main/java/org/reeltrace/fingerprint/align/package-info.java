/**
 * Temporal alignment of video fingerprints: which stretches of a query video show which
 * stretches of a reference video, under trimming, splicing, speed changes and mirroring.
 *
 * <p>Entry point: {@link org.reeltrace.fingerprint.align.SegmentAligner#align}, taking a
 * {@link org.reeltrace.fingerprint.align.QueryFingerprint} (frames plus optional dihedral
 * variants) and a {@link org.reeltrace.fingerprint.align.VideoFingerprint}, and returning a
 * {@link org.reeltrace.fingerprint.align.VideoMatch} with
 * {@link org.reeltrace.fingerprint.align.Segment}s and vPDQ-style match percentages. Settings
 * are in {@link org.reeltrace.fingerprint.align.AlignerConfig}. All public types are immutable
 * records or enums, serialisable as JSON as they are.
 */
package org.reeltrace.fingerprint.align;
