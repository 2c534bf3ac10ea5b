package org.reeltrace.fingerprint.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reeltrace.fingerprint.PdqDihedral;

/**
 * A video to look up, with optional extra hashes of each frame under rotations and reflections.
 *
 * <p>Frame {@code i} of every variant list is the same decoded frame as {@code video.frames().get(i)}
 * (same time, same quality), hashed after the variant's transform. The aligner takes, for each
 * pair of frames, the smallest distance over the original and all variants, and reports per
 * segment which variant matched most of its frames.
 *
 * @param video    the frames as decoded ({@link Dihedral#ORIGINAL})
 * @param variants hashes of the same frames under other transforms; never contains ORIGINAL
 */
public record QueryFingerprint(VideoFingerprint video, Map<Dihedral, List<FrameHash>> variants) {
  public QueryFingerprint {
    Objects.requireNonNull(video, "video");
    EnumMap<Dihedral, List<FrameHash>> copy = new EnumMap<>(Dihedral.class);
    for (Map.Entry<Dihedral, List<FrameHash>> e : variants.entrySet()) {
      Dihedral variant = Objects.requireNonNull(e.getKey(), "variant");
      if (variant == Dihedral.ORIGINAL) {
        throw new IllegalArgumentException("variants of " + video.videoId()
            + " must not repeat ORIGINAL; the original frames are video.frames()");
      }
      List<FrameHash> frames = List.copyOf(e.getValue());
      if (frames.size() != video.frames().size()) {
        throw new IllegalArgumentException("variant " + variant + " of " + video.videoId() + " has "
            + frames.size() + " frames, the video has " + video.frames().size());
      }
      for (int i = 0; i < frames.size(); i++) {
        if (frames.get(i).seconds() != video.frames().get(i).seconds()) {
          throw new IllegalArgumentException("variant " + variant + " of " + video.videoId()
              + ": frame " + i + " is at " + frames.get(i).seconds() + " s, the original at "
              + video.frames().get(i).seconds() + " s");
        }
      }
      copy.put(variant, frames);
    }
    variants = Collections.unmodifiableMap(copy);
  }

  /** A query with the original frames only. */
  public static QueryFingerprint of(VideoFingerprint video) {
    return new QueryFingerprint(video, Map.of());
  }

  /**
   * A query from the eight dihedral hashes of each sampled frame.
   *
   * @param seconds time of each frame, in the order of {@code frames}
   */
  public static QueryFingerprint ofDihedral(String videoId, double durationSeconds,
      double framesPerSecond, List<Double> seconds, List<PdqDihedral> frames) {
    if (seconds.size() != frames.size()) {
      throw new IllegalArgumentException("query " + videoId + " has " + seconds.size()
          + " frame times but " + frames.size() + " frames");
    }
    EnumMap<Dihedral, List<FrameHash>> all = new EnumMap<>(Dihedral.class);
    for (Dihedral d : Dihedral.values()) {
      List<FrameHash> list = new ArrayList<>(frames.size());
      for (int i = 0; i < frames.size(); i++) {
        list.add(new FrameHash(seconds.get(i), d.of(frames.get(i)), frames.get(i).quality()));
      }
      all.put(d, list);
    }
    VideoFingerprint video =
        new VideoFingerprint(videoId, durationSeconds, framesPerSecond, all.remove(Dihedral.ORIGINAL));
    return new QueryFingerprint(video, all);
  }

  /** This query with the hashes of one more variant added (or replaced). */
  public QueryFingerprint withVariant(Dihedral variant, List<FrameHash> frames) {
    EnumMap<Dihedral, List<FrameHash>> more = new EnumMap<>(Dihedral.class);
    more.putAll(variants);
    more.put(variant, frames);
    return new QueryFingerprint(video, more);
  }

  /** The frames of one variant; ORIGINAL gives {@code video.frames()}, a missing variant null. */
  List<FrameHash> frames(Dihedral variant) {
    return variant == Dihedral.ORIGINAL ? video.frames() : variants.get(variant);
  }
}
