package org.reeltrace.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHasher;

/**
 * Fingerprints a video for copy matching: samples frames (1 per second by default), finds
 * letterbox/pillarbox bars over all sampled frames, and hashes the picture inside the bars with PDQ
 * and its 8 dihedral variants (so rotated or mirrored copies match), leaving out frames whose PDQ
 * quality is below {@value #DEFAULT_MIN_QUALITY} (flat frames, fades: their hashes are noise).
 *
 * <p>Unlike {@link VpdqHasher}, whose output must match the reference vPDQ, this stage is built for
 * robustness: frames are kept at most {@value #WORKING_SIDE} pixels on their longer side (PDQ reduces
 * every image to 64×64 anyway, and the reference photo hasher itself resizes to 512), which also
 * bounds memory while frames wait for the bar detection. Damaged videos give the frames that decode
 * and a warning (see {@link FrameReader}).
 *
 * <p>Thread-safe: each call uses its own decoder and hasher.
 */
public final class FrameFingerprinter {
  /** vPDQ's quality filter: frames below are not compared. */
  public static final int DEFAULT_MIN_QUALITY = 50;
  /** Frames are area-averaged to at most this many pixels on their longer side before hashing. */
  static final int WORKING_SIDE = 256;

  private final FrameSampling sampling;
  private final int minQuality;
  private final LetterboxDetector bars = new LetterboxDetector();

  /** One frame per second, quality at least {@value #DEFAULT_MIN_QUALITY}. */
  public FrameFingerprinter() {
    this(FrameSampling.ONE_PER_SECOND, DEFAULT_MIN_QUALITY);
  }

  public FrameFingerprinter(FrameSampling sampling, int minQuality) {
    this.sampling = java.util.Objects.requireNonNull(sampling, "sampling");
    if (minQuality < 0 || minQuality > 100) {
      throw new IllegalArgumentException("min quality must be 0..100, was " + minQuality);
    }
    this.minQuality = minQuality;
  }

  /**
   * Fingerprints {@code video}.
   *
   * @throws UnreadableMediaException when the file cannot be opened as a video or yields no frame
   */
  public VideoFingerprint fingerprint(Path video) throws UnreadableMediaException {
    List<LumaFrame> sampled = new ArrayList<>();
    FrameReadResult read = FrameReader.of(sampling).fittedWithin(WORKING_SIDE).read(video, sampled::add);
    LumaFrame first = sampled.get(0); // the reader throws when no frame decodes
    CropRect crop = bars.detect(sameSize(sampled, first));
    PdqHasher pdq = new PdqHasher();
    List<FrameFingerprint> frames = new ArrayList<>();
    int lowQuality = 0;
    for (LumaFrame frame : sampled) {
      if (frame.width() != first.width() || frame.height() != first.height()) {
        continue;
      }
      PdqDihedral hashes = pdq.hashDihedralLuma(crop.cut(frame), crop.width(), crop.height(), crop.width());
      if (hashes.quality() < minQuality) {
        lowQuality++;
        continue;
      }
      frames.add(new FrameFingerprint(frame.frameNumber(), frame.timestampSeconds(), hashes));
    }
    return new VideoFingerprint(frames, crop, first.width(), first.height(), sampled.size(), lowQuality,
        read.warning());
  }

  private static List<LumaFrame> sameSize(List<LumaFrame> frames, LumaFrame first) {
    return frames.stream().filter(f -> f.width() == first.width() && f.height() == first.height()).toList();
  }
}
