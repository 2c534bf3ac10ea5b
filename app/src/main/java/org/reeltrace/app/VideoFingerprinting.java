package org.reeltrace.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.align.Dihedral;
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
   */
  static final double DEFAULT_FPS = 5.0;

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
   * The fingerprint of {@code video}: the whole pictures, each {@link PictureRegion}, each
   * {@link ZoomWindow} and the whole pictures with their overlays painted over.
   *
   * @param knownDuration the duration the container declares, or 0 when unknown
   */
  FrameHashes fingerprint(Path video, double knownDuration) throws UnreadableMediaException {
    SampledVideo sampled = fingerprinter.sample(video);
    return FrameHashes.of(fingerprinter.fingerprint(sampled), knownDuration, framesPerSecond)
        .withRegions(regions(sampled)).withZooms(zooms(sampled)).withOverlayFree(overlayFree(sampled));
  }

  /**
   * The whole pictures of {@code video} with their overlays painted over ({@link OverlayRemover}), at the
   * regions' quality threshold: the footage this is for (a sky, dark animation) is low in contrast.
   */
  WindowTrack overlayFree(SampledVideo video) {
    return track(regionFingerprinter.fingerprint(new OverlayRemover().paintOver(video)));
  }

  /** The tracks of every {@link PictureRegion} of {@code video}'s sampled pictures. */
  List<RegionTrack> regions(SampledVideo video) {
    List<RegionTrack> regions = new ArrayList<>();
    for (PictureRegion region : PictureRegion.values()) {
      regions.add(new RegionTrack(region, track(regionFingerprinter.fingerprint(video, region.window()))));
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
