package org.reeltrace.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.align.Dihedral;
import org.reeltrace.fingerprint.align.FrameHash;
import org.reeltrace.media.FrameFingerprint;
import org.reeltrace.media.FrameFingerprinter;
import org.reeltrace.media.FrameSampling;
import org.reeltrace.media.OverlayRemover;
import org.reeltrace.media.PictureWindow;
import org.reeltrace.media.SampledVideo;
import org.reeltrace.media.UnreadableMediaException;
import org.reeltrace.media.VideoFingerprint;

/** Fingerprints video files for copy matching: frames sampled at a fixed rate, hashed with PDQ. */
final class VideoFingerprinting {
  /**
   * The sampling rate of stored fingerprints: five frames per second. A copy trimmed at another phase
   * of the one-second grid shows frames up to half a sample away from the original's; on moving footage
   * that costs matches. The copy-detection evaluation (docs/benchmarks.md) measured recall 0.44 with
   * sources stored at 1 frame/s, 0.58 at 5/s, 0.62 at 30/s; the aligner thins queries to 4/s anyway.
   * Ten a second found the lineage evaluation's fast footage (fabric, animation) but as many wrong
   * sources elsewhere, at twice the hashing, and so did thirty (docs/benchmarks.md): scores of pairs that
   * already matched moved, and sibling choices with them. Where whole pictures match weakly, the
   * {@link EveryFrameTrack} makes up for the phase instead.
   */
  static final double DEFAULT_FPS = 5.0;

  /**
   * The most frames a second of {@link EveryFrameTrack}: every frame of a 24-30 frames/s video. Hashing
   * them costs a second decoding and one PDQ a frame; they are not indexed, only aligned against.
   */
  static final double EVERY_FRAME_FPS = 30.0;

  /**
   * The least PDQ quality of a picture region's hash. Lower than the whole picture's 50: a quarter of
   * smooth footage (a sky, a wall, a gradient) scores 25–50, and on such footage an overlay moves the
   * whole picture's hash the most, so it is where regions are needed; the aligner's time-consistency keeps
   * the weaker hashes from matching at random.
   */
  static final int REGION_MIN_QUALITY = 30;

  private final double framesPerSecond;
  private final FrameFingerprinter fingerprinter;
  private final FrameFingerprinter regionFingerprinter;

  VideoFingerprinting(double framesPerSecond) {
    if (!(framesPerSecond > 0) || framesPerSecond > 120) {
      throw new IllegalArgumentException("frames per second must be in (0, 120], was " + framesPerSecond);
    }
    this.framesPerSecond = framesPerSecond;
    this.fingerprinter =
        new FrameFingerprinter(FrameSampling.perSecond(framesPerSecond), FrameFingerprinter.DEFAULT_MIN_QUALITY);
    this.regionFingerprinter = new FrameFingerprinter(FrameSampling.perSecond(framesPerSecond), REGION_MIN_QUALITY);
  }

  /**
   * The fingerprint of {@code video}: the whole pictures, each {@link ZoomWindow}, on the pictures with
   * their still overlays painted over each {@link PictureRegion} and the whole, the whole pictures of
   * (nearly) every frame, and the whole pictures without their flat edges.
   *
   * @param knownDuration the duration the container declares, or 0 when unknown
   */
  FrameHashes fingerprint(Path video, double knownDuration) throws UnreadableMediaException {
    SampledVideo sampled = fingerprinter.sample(video);
    return queryFingerprint(sampled, knownDuration).withEveryFrame(everyFrame(video, sampled));
  }

  /**
   * The fingerprint of a video that is only looked up, never stored ({@code reeltrace search}): as
   * {@link #fingerprint(Path, double)} without the every-frame track, which only stored videos are
   * aligned against, so the video is decoded once.
   */
  FrameHashes queryFingerprint(Path video) throws UnreadableMediaException {
    return queryFingerprint(fingerprinter.sample(video), 0);
  }

  private FrameHashes queryFingerprint(SampledVideo sampled, double knownDuration) {
    SampledVideo painted = paintOver(sampled);
    return FrameHashes.of(fingerprinter.fingerprint(sampled), knownDuration, framesPerSecond)
        .withRegions(regions(painted)).withZooms(zooms(sampled)).withOverlayFree(overlayFree(painted))
        .withoutFlatEdges(withoutFlatEdges(sampled));
  }

  /**
   * The whole pictures of {@code video} without the flat footage at their edges that continued the bars,
   * or without the blurred fill around the footage ({@link SampledVideo#withoutFlatEdges()}), at the whole
   * picture's quality threshold; no frames when the pictures have neither.
   */
  WindowTrack withoutFlatEdges(SampledVideo video) {
    PictureWindow window = video.flatEdgesCut();
    return window.equals(PictureWindow.WHOLE) ? WindowTrack.EMPTY : track(fingerprinter.fingerprint(video, window));
  }

  /**
   * The whole pictures of (nearly) every frame of {@code video}, inside the bars its sample {@code sampled}
   * found; the track's rate is the frames' own (their median spacing), at most {@link #EVERY_FRAME_FPS}.
   */
  EveryFrameTrack everyFrame(Path video, SampledVideo sampled) throws UnreadableMediaException {
    List<FrameHash> frames = fingerprinter.hashFrames(video, sampled, EVERY_FRAME_FPS);
    if (frames.size() < 2) {
      return new EveryFrameTrack(EVERY_FRAME_FPS, frames);
    }
    double[] gaps = new double[frames.size() - 1];
    for (int i = 1; i < frames.size(); i++) {
      gaps[i - 1] = frames.get(i).seconds() - frames.get(i - 1).seconds();
    }
    java.util.Arrays.sort(gaps);
    double median = gaps[gaps.length / 2];
    return new EveryFrameTrack(median > 0 ? Math.min(EVERY_FRAME_FPS, 1 / median) : EVERY_FRAME_FPS, frames);
  }

  /** {@code video}'s pictures with their still overlays (handles, logos, captions) painted over. */
  SampledVideo paintOver(SampledVideo video) {
    return new OverlayRemover().paintOver(video);
  }

  /**
   * The whole pictures of {@code painted} (pictures with their overlays painted over, {@link #paintOver}),
   * at the regions' quality threshold: the footage this is for (a sky, dark animation) is low in contrast.
   */
  WindowTrack overlayFree(SampledVideo painted) {
    return track(regionFingerprinter.fingerprint(painted));
  }

  /**
   * The tracks of every {@link PictureRegion} of {@code painted}'s pictures (with their overlays painted
   * over, {@link #paintOver}): an overlay the two videos share, one account's handle and logo on its
   * unrelated posts, would otherwise match region to region (lineage evaluation, docs/benchmarks.md).
   */
  List<RegionTrack> regions(SampledVideo painted) {
    List<RegionTrack> regions = new ArrayList<>();
    for (PictureRegion region : PictureRegion.values()) {
      regions.add(new RegionTrack(region, track(regionFingerprinter.fingerprint(painted, region.window()))));
    }
    return regions;
  }

  /**
   * The tracks of every {@link ZoomWindow} of {@code video}'s sampled pictures, at the whole picture's
   * quality threshold (they are compared with whole pictures).
   */
  List<ZoomTrack> zooms(SampledVideo video) {
    return new ZoomWindowHasher().tracks(video);
  }

  private static WindowTrack track(VideoFingerprint hashed) {
    List<Double> seconds = new ArrayList<>();
    List<PdqHash> originals = new ArrayList<>();
    List<PdqHash> mirrored = new ArrayList<>();
    List<Integer> qualities = new ArrayList<>();
    for (FrameFingerprint frame : hashed.frames()) {
      seconds.add(frame.timestampSeconds());
      originals.add(frame.hashes().original());
      mirrored.add(Dihedral.MIRRORED.of(frame.hashes()));
      qualities.add(frame.quality());
    }
    return new WindowTrack(seconds, originals, mirrored, qualities);
  }

  /** The sampled pictures of {@code video}, for hashing whole or in windows. */
  SampledVideo sample(Path video) throws UnreadableMediaException {
    return fingerprinter.sample(video);
  }

  /** The fingerprint of {@code window} of every sampled picture (the whole picture: {@link PictureWindow#WHOLE}). */
  FrameHashes fingerprint(SampledVideo video, PictureWindow window) {
    return FrameHashes.of(fingerprinter.fingerprint(video, window), 0, framesPerSecond);
  }
}
