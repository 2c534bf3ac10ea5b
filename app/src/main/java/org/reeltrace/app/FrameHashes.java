package org.reeltrace.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.align.Dihedral;
import org.reeltrace.fingerprint.align.FrameHash;
import org.reeltrace.fingerprint.align.QueryFingerprint;
import org.reeltrace.fingerprint.align.VideoFingerprint;
import org.reeltrace.media.FrameFingerprint;

/**
 * A video's fingerprint as ReelTrace keeps it: the sampled frames' times and their eight dihedral PDQ
 * hashes (bars removed, low-quality frames left out), with the video's duration and sampling rate, and
 * the hashes of parts of each picture ({@link PictureRegion}) for copies with overlays and of centred
 * windows ({@link ZoomWindow}) for zoomed-in copies, of the whole pictures with their overlays painted
 * over ({@link org.reeltrace.media.OverlayRemover}) for overlaid copies of smooth footage, and of the whole
 * pictures of (nearly) every frame ({@link EveryFrameTrack}) for copies cut off the sampling grid, and of
 * the whole pictures without the flat footage at their edges for copies of flat animation.
 *
 * @param durationSeconds the video's duration
 * @param framesPerSecond the sampling rate
 * @param seconds         each kept frame's time
 * @param frames          each kept frame's hashes, in the order of {@code seconds}
 * @param regions         the hashed parts of the pictures, at most one track per region; may be empty
 * @param zooms           the hashed centred windows of the pictures, at most one track per window; may be empty
 * @param overlayFree     the whole pictures with their overlays painted over; may be empty
 * @param everyFrame      the whole pictures of (nearly) every frame; may be empty
 * @param withoutFlatEdges the whole pictures without the flat footage at their edges that continued the bars
 *     or, where there is none, without a blurred fill around the footage
 *     ({@link org.reeltrace.media.SampledVideo#withoutFlatEdges()}); empty when the pictures have neither
 */
record FrameHashes(double durationSeconds, double framesPerSecond, List<Double> seconds, List<PdqDihedral> frames,
    List<RegionTrack> regions, List<ZoomTrack> zooms, WindowTrack overlayFree, EveryFrameTrack everyFrame,
    WindowTrack withoutFlatEdges) {
  FrameHashes {
    Objects.requireNonNull(overlayFree, "overlayFree");
    Objects.requireNonNull(withoutFlatEdges, "withoutFlatEdges");
    Objects.requireNonNull(everyFrame, "everyFrame");
    seconds = List.copyOf(seconds);
    frames = List.copyOf(frames);
    regions = List.copyOf(regions);
    zooms = List.copyOf(zooms);
    if (regions.stream().map(RegionTrack::region).distinct().count() != regions.size()) {
      throw new IllegalArgumentException("at most one track per picture region, were " + regions.size()
          + " tracks: " + regions.stream().map(RegionTrack::region).toList());
    }
    if (zooms.stream().map(ZoomTrack::zoom).distinct().count() != zooms.size()) {
      throw new IllegalArgumentException("at most one track per zoom window, were " + zooms.size()
          + " tracks: " + zooms.stream().map(ZoomTrack::zoom).toList());
    }
    if (seconds.size() != frames.size()) {
      throw new IllegalArgumentException(
          "frame times and frames must pair up, were " + seconds.size() + " and " + frames.size());
    }
    if (!(framesPerSecond > 0)) {
      throw new IllegalArgumentException("frames per second must be > 0, was " + framesPerSecond);
    }
    if (!(durationSeconds >= 0)) {
      throw new IllegalArgumentException("duration must be >= 0 s, was " + durationSeconds);
    }
  }

  /** Whole-picture hashes only. */
  FrameHashes(double durationSeconds, double framesPerSecond, List<Double> seconds, List<PdqDihedral> frames) {
    this(durationSeconds, framesPerSecond, seconds, frames, List.of(), List.of(), WindowTrack.EMPTY, EveryFrameTrack.EMPTY,
        WindowTrack.EMPTY);
  }

  /** These hashes with the tracks of picture regions. */
  FrameHashes withRegions(List<RegionTrack> tracks) {
    return new FrameHashes(durationSeconds, framesPerSecond, seconds, frames, tracks, zooms, overlayFree, everyFrame,
        withoutFlatEdges);
  }

  /** These hashes with the tracks of zoom windows. */
  FrameHashes withZooms(List<ZoomTrack> tracks) {
    return new FrameHashes(durationSeconds, framesPerSecond, seconds, frames, regions, tracks, overlayFree, everyFrame,
        withoutFlatEdges);
  }

  /** These hashes with the track of the whole pictures with their overlays painted over. */
  FrameHashes withOverlayFree(WindowTrack track) {
    return new FrameHashes(durationSeconds, framesPerSecond, seconds, frames, regions, zooms, track, everyFrame,
        withoutFlatEdges);
  }

  /** These hashes with the track of (nearly) every frame's whole picture. */
  FrameHashes withEveryFrame(EveryFrameTrack track) {
    return new FrameHashes(durationSeconds, framesPerSecond, seconds, frames, regions, zooms, overlayFree, track,
        withoutFlatEdges);
  }

  /** These hashes with the track of the whole pictures without their flat edges. */
  FrameHashes withoutFlatEdges(WindowTrack track) {
    return new FrameHashes(durationSeconds, framesPerSecond, seconds, frames, regions, zooms, overlayFree, everyFrame,
        track);
  }

  /**
   * The hashes of {@code region}.
   *
   * @throws IllegalStateException when this fingerprint has none (hashed without regions)
   */
  WindowTrack region(PictureRegion region) {
    for (RegionTrack t : regions) {
      if (t.region() == region) {
        return t.hashes();
      }
    }
    throw new IllegalStateException("fingerprint has no track of region " + region);
  }

  /**
   * The hashes of {@code zoom}.
   *
   * @throws IllegalStateException when this fingerprint has none (hashed without zoom windows)
   */
  WindowTrack zoom(ZoomWindow zoom) {
    for (ZoomTrack t : zooms) {
      if (t.zoom() == zoom) {
        return t.hashes();
      }
    }
    throw new IllegalStateException("fingerprint has no track of zoom window " + zoom);
  }

  /** The hashes of a media-stage fingerprint; the duration is at least the last frame's time plus one sample. */
  static FrameHashes of(org.reeltrace.media.VideoFingerprint video, double knownDuration, double framesPerSecond) {
    Objects.requireNonNull(video, "video");
    List<Double> times = new ArrayList<>();
    List<PdqDihedral> hashes = new ArrayList<>();
    for (FrameFingerprint frame : video.frames()) {
      times.add(frame.timestampSeconds());
      hashes.add(frame.hashes());
    }
    double sampled = video.sampledFrames() / framesPerSecond;
    double last = times.isEmpty() ? 0 : times.get(times.size() - 1) + 1 / framesPerSecond;
    return new FrameHashes(Math.max(knownDuration, Math.max(sampled, last)), framesPerSecond, times, hashes);
  }

  /** This video as the query side of an alignment: all eight variants, so mirrored copies match. */
  QueryFingerprint asQuery(String id) {
    return QueryFingerprint.ofDihedral(id, durationSeconds, framesPerSecond, seconds, frames);
  }

  /**
   * This video as the query side of an alignment with a window of other pictures: as it is and mirrored
   * only (a zoomed-in copy is seldom also rotated, and every extra variant is another chance of a false
   * match at the wider window distance).
   */
  QueryFingerprint asMirrorableQuery(String id) {
    List<FrameHash> mirrored = new ArrayList<>(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      mirrored.add(new FrameHash(seconds.get(i), Dihedral.MIRRORED.of(frames.get(i)), frames.get(i).quality()));
    }
    return new QueryFingerprint(asReference(id), Map.of(Dihedral.MIRRORED, mirrored));
  }

  /** This video as the reference side of an alignment: the original hashes. */
  VideoFingerprint asReference(String id) {
    List<FrameHash> hashes = new ArrayList<>(frames.size());
    for (int i = 0; i < frames.size(); i++) {
      hashes.add(new FrameHash(seconds.get(i), frames.get(i).original(), frames.get(i).quality()));
    }
    return new VideoFingerprint(id, durationSeconds, framesPerSecond, hashes);
  }
}
