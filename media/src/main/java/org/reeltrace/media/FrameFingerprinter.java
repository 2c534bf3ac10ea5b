package org.reeltrace.media;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.PdqHasher;
import org.reeltrace.fingerprint.PdqResult;
import org.reeltrace.fingerprint.align.FrameHash;

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
  private final BlurredFillDetector blurredFill = new BlurredFillDetector();

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
    return fingerprint(sample(video));
  }

  /**
   * Samples {@code video} and cuts the bars off, keeping the pictures for {@link #fingerprint(SampledVideo)}
   * and {@link #fingerprint(SampledVideo, PictureWindow)}, and finds the picture without the flat footage
   * that continued the bars or, where there is none, the footage inside a blurred fill
   * ({@link BlurredFillDetector}).
   *
   * @throws UnreadableMediaException when the file cannot be opened as a video or yields no frame
   */
  public SampledVideo sample(Path video) throws UnreadableMediaException {
    List<LumaFrame> sampled = new ArrayList<>();
    FrameReadResult read = FrameReader.of(sampling).fittedWithin(WORKING_SIDE).read(video, sampled::add);
    LumaFrame first = sampled.get(0); // the reader throws when no frame decodes
    List<LumaFrame> sameSize = sameSize(sampled, first);
    LetterboxDetector.Crops crops = bars.detectCrops(sameSize);
    CropRect crop = crops.picture();
    CropRect withoutEdges = crops.withoutFlatEdges();
    Optional<CropRect> fill = blurredFill.find(sameSize);
    if (fill.isPresent() && crop.isWhole(first.width(), first.height()) && withoutEdges.equals(crop)) {
      withoutEdges = fill.get();
    } else if (fill.isPresent() && edgeBeyond(fill.get(), crop, first.width(), first.height())) {
      // a pale, smooth fill can pass for bars, cut where the footage's own smooth lines end: where an edge
      // of the footage inside the fill lies beyond the bars, the bars were fill
      crop = CropRect.whole(first.width(), first.height());
      withoutEdges = fill.get();
    }
    PictureEdges edges = BarEdges.of(sameSize, crop);
    List<LumaFrame> pictures = cut(sameSize, crop, new PictureResampler(edges, crop, first.width(), first.height()));
    return new SampledVideo(pictures, crop, first.width(), first.height(), sampled.size(), read.warning(),
        withoutEdges, edges);
  }

  /**
   * Whether one of the edges {@code fill} found inside the frame (not at the frame's own edge, where no fill
   * was found) lies outside {@code crop}.
   */
  private static boolean edgeBeyond(CropRect fill, CropRect crop, int width, int height) {
    int right = fill.x() + fill.width();
    int bottom = fill.y() + fill.height();
    return (fill.x() > 0 && fill.x() < crop.x())
        || (right < width && right > crop.x() + crop.width())
        || (fill.y() > 0 && fill.y() < crop.y())
        || (bottom < height && bottom > crop.y() + crop.height());
  }

  private static List<LumaFrame> cut(List<LumaFrame> frames, CropRect crop, PictureResampler picture) {
    List<LumaFrame> pictures = new ArrayList<>(frames.size());
    for (LumaFrame frame : frames) {
      pictures.add(new LumaFrame(frame.frameNumber(), frame.timestampSeconds(), crop.width(), crop.height(),
          picture.cut(frame)));
    }
    return pictures;
  }

  /**
   * The PDQ hashes (original only) of the whole pictures of up to {@code framesPerSecond} frames a second
   * of {@code video}, every frame of most videos, inside the bars that {@code sampled} (this video's sample)
   * found, leaving out frames below the quality filter and frames of another size than the sample's.
   * The frames are hashed as they decode and not kept, so a long video costs no more memory than its hashes.
   * A frame at the time of one of {@code sampled}'s pictures gets the same hash as that picture's original.
   *
   * @throws UnreadableMediaException when the file cannot be opened as a video or yields no frame
   */
  public List<FrameHash> hashFrames(Path video, SampledVideo sampled, double framesPerSecond)
      throws UnreadableMediaException {
    PdqHasher pdq = new PdqHasher();
    CropRect crop = sampled.crop();
    PictureResampler picture = new PictureResampler(sampled.edges(), crop, sampled.frameWidth(),
        sampled.frameHeight());
    List<FrameHash> hashes = new ArrayList<>();
    FrameSampling rate = FrameSampling.perSecond(framesPerSecond);
    double[] next = {Double.NEGATIVE_INFINITY};
    // every frame is decoded and the rate applied here: the reader's sampling skips decoding frames between
    // its instants, which at a rate near the video's own drops B-frames that are due
    FrameReader.of(FrameSampling.EVERY_FRAME).fittedWithin(WORKING_SIDE).read(video, frame -> {
      if (frame.timestampSeconds() < next[0] - 1e-6) {
        return;
      }
      next[0] = rate.nextInstantAfter(frame.timestampSeconds());
      if (frame.width() != sampled.frameWidth() || frame.height() != sampled.frameHeight()) {
        return;
      }
      PdqResult hashed = pdq.hashLuma(picture.cut(frame), crop.width(), crop.height(), crop.width());
      if (hashed.quality() >= minQuality) {
        hashes.add(new FrameHash(frame.timestampSeconds(), hashed.hash(), hashed.quality()));
      }
    });
    return hashes;
  }

  /** The fingerprint of the whole pictures of {@code video}. */
  public VideoFingerprint fingerprint(SampledVideo video) {
    return fingerprint(video, PictureWindow.WHOLE);
  }

  /** The fingerprint of one window of every picture of {@code video} (its own bars stay cut off). */
  public VideoFingerprint fingerprint(SampledVideo video, PictureWindow window) {
    PdqHasher pdq = new PdqHasher();
    List<FrameFingerprint> frames = new ArrayList<>();
    int lowQuality = 0;
    for (LumaFrame picture : video.pictures()) {
      LumaFrame cut = window.equals(PictureWindow.WHOLE) ? picture : window.cut(picture);
      PdqDihedral hashes = withTrueMirror(pdq, cut.luma(), cut.width(), cut.height(),
          pdq.hashDihedralLuma(cut.luma(), cut.width(), cut.height(), cut.width()));
      if (hashes.quality() < minQuality) {
        lowQuality++;
        continue;
      }
      frames.add(new FrameFingerprint(picture.frameNumber(), picture.timestampSeconds(), hashes));
    }
    return new VideoFingerprint(frames, video.crop(), video.frameWidth(), video.frameHeight(),
        video.sampledFrames(), lowQuality, video.warning());
  }

  /*
   * PDQ's dihedral variants come from one DCT, but the reference's blur and sampling grid sit half a
   * pixel off centre, so the "mirrored" variant of a frame lies 8-58 bits from the hash of the frame
   * actually mirrored (measured on the PDQ reference images and the demo clips), too far for the 31-bit
   * match radius. Left-right mirroring is by far the most common re-upload trick, so that one variant
   * is computed from the mirrored pixels instead: one more PDQ per sampled frame.
   */
  private static PdqDihedral withTrueMirror(PdqHasher pdq, byte[] luma, int width, int height, PdqDihedral d) {
    byte[] mirrored = new byte[luma.length];
    for (int y = 0; y < height; y++) {
      int row = y * width;
      for (int x = 0; x < width; x++) {
        mirrored[row + x] = luma[row + width - 1 - x];
      }
    }
    PdqHash flipY = pdq.hashLuma(mirrored, width, height, width).hash();
    return new PdqDihedral(d.original(), d.rotate90(), d.rotate180(), d.rotate270(), d.flipX(), flipY,
        d.flipPlusDiag(), d.flipMinusDiag(), d.quality());
  }

  private static List<LumaFrame> sameSize(List<LumaFrame> frames, LumaFrame first) {
    return frames.stream().filter(f -> f.width() == first.width() && f.height() == first.height()).toList();
  }
}
