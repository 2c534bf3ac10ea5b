package org.reeltrace.bench.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.align.Dihedral;
import org.reeltrace.fingerprint.align.FrameHash;
import org.reeltrace.fingerprint.align.QueryFingerprint;
import org.reeltrace.fingerprint.align.SegmentAligner;
import org.reeltrace.fingerprint.align.VideoFingerprint;
import org.reeltrace.fingerprint.align.VideoMatch;
import org.reeltrace.media.FrameFingerprint;
import org.reeltrace.media.FrameFingerprinter;
import org.reeltrace.media.FrameSampling;
import org.reeltrace.media.PictureWindow;
import org.reeltrace.media.SampledVideo;
import org.reeltrace.media.WindowFinder;
import org.reeltrace.media.UnreadableMediaException;

/**
 * Finds copies of the corpus sources in a query with ReelTrace's own stages: the media module's
 * {@link FrameFingerprinter} (bars removed, PDQ with its 8 dihedral variants) and the fingerprint
 * module's {@link SegmentAligner}, every query against every source.
 *
 * <p>Sources are sampled densely ({@code sourceSampling}, the aligner keeps references dense so a
 * sparsely sampled query finds a reference frame of the same phase); queries at the rate an
 * archive would be fingerprinted at ({@code querySampling}, 1 frame/s).
 */
final class CopyDetector {
  private final FrameFingerprinter sourceFingerprinter;
  private final FrameFingerprinter queryFingerprinter;
  private final double sourceRate;
  private final double queryRate;
  private final SegmentAligner aligner;
  private final boolean windowPass;
  /** As the app's PairMatch: a whole-picture match aligning less of the query also tries windows. */
  static final double STRONG_WHOLE_PERCENT = 50;
  private final Map<String, VideoFingerprint> sources = new LinkedHashMap<>();
  private final Map<String, SampledVideo> sourcePictures = new LinkedHashMap<>();
  private final WindowFinder windows = new WindowFinder();

  CopyDetector(FrameSampling sourceSampling, FrameSampling querySampling, SegmentAligner aligner,
      boolean windowPass) {
    this.windowPass = windowPass;
    this.sourceFingerprinter = new FrameFingerprinter(sourceSampling, FrameFingerprinter.DEFAULT_MIN_QUALITY);
    this.queryFingerprinter = new FrameFingerprinter(querySampling, FrameFingerprinter.DEFAULT_MIN_QUALITY);
    this.sourceRate = sourceSampling.framesPerSecond();
    this.queryRate = querySampling.framesPerSecond();
    this.aligner = aligner;
  }

  /** Fingerprints a source clip; not thread-safe against {@link #detect}. */
  SourcePrint fingerprintSource(SourceClip clip, Path video) {
    SampledVideo pictures = sample(sourceFingerprinter, video);
    return new SourcePrint(reference(clip.id(), clip.durationSeconds(), sourceFingerprinter.fingerprint(pictures)),
        pictures);
  }

  /** A source's fingerprint and its sampled pictures (for the window pass). */
  record SourcePrint(VideoFingerprint fingerprint, SampledVideo pictures) {
  }

  synchronized void addSource(SourcePrint source) {
    sources.put(source.fingerprint().videoId(), source.fingerprint());
    sourcePictures.put(source.fingerprint().videoId(), source.pictures());
  }

  /** Fingerprints the query (thread-safe). */
  QueryPrint fingerprintQuery(String id, Path video) {
    SampledVideo pictures = sample(queryFingerprinter, video);
    org.reeltrace.media.VideoFingerprint print = queryFingerprinter.fingerprint(pictures);
    List<PdqDihedral> hashes = print.frames().stream().map(FrameFingerprint::hashes).toList();
    return new QueryPrint(query(id, print), hashes, print.sampledFrames(), pictures);
  }

  /** The fingerprint of a query, its raw dihedral hashes (for frame-distance diagnoses) and its pictures. */
  record QueryPrint(QueryFingerprint fingerprint, List<PdqDihedral> hashes, int sampledFrames,
      SampledVideo pictures) {
  }

  private QueryFingerprint query(String id, org.reeltrace.media.VideoFingerprint print) {
    List<Double> seconds = print.frames().stream().map(FrameFingerprint::timestampSeconds).toList();
    List<PdqDihedral> hashes = print.frames().stream().map(FrameFingerprint::hashes).toList();
    return QueryFingerprint.ofDihedral(id, 0, queryRate, seconds, hashes);
  }

  private VideoFingerprint reference(String id, double duration, org.reeltrace.media.VideoFingerprint print) {
    List<FrameHash> frames = new ArrayList<>();
    for (FrameFingerprint f : print.frames()) {
      frames.add(new FrameHash(f.timestampSeconds(), Dihedral.ORIGINAL.of(f.hashes()), f.quality()));
    }
    return new VideoFingerprint(id, duration, sourceRate, frames);
  }

  /*
   * The app's second pass (app PairMatch): when whole pictures share nothing, look for the window of
   * either video showing the whole of the other (crop, inset) and align that window's hashes. Here it
   * runs only for queries whose whole pictures aligned under STRONG_WHOLE_PERCENT of the query with
   * every source (about a second per pair on this machine; running it for all 1,573 pairs would not
   * fit the evaluation's time budget); a window match replaces a source's weaker whole match.
   */
  private VideoMatch windowPass(QueryPrint query, VideoFingerprint source) {
    SampledVideo sourcePics = sourcePictures.get(source.videoId());
    VideoMatch best = null;
    Optional<PictureWindow> inSource = windows.find(query.pictures(), sourcePics);
    if (inSource.isPresent()) {
      best = aligner.align(query.fingerprint(), reference(source.videoId(), source.durationSeconds(),
          sourceFingerprinter.fingerprint(sourcePics, inSource.get())));
    }
    Optional<PictureWindow> inQuery = windows.find(sourcePics, query.pictures());
    if (inQuery.isPresent()) {
      VideoMatch m = aligner.align(query(query.fingerprint().video().videoId(),
          queryFingerprinter.fingerprint(query.pictures(), inQuery.get())), source);
      if (best == null || m.queryAlignedPercent() > best.queryAlignedPercent()) {
        best = m;
      }
    }
    return best;
  }

  /** Aligns the query with every source and judges the result against the truth (thread-safe). */
  QueryOutcome detect(GroundTruth truth, QueryPrint query) {
    List<Detection> detections = new ArrayList<>();
    String diagnosis = "";
    int[] trueNearest = null;
    int[] otherNearest = new int[query.hashes().size()];
    Arrays.fill(otherNearest, PdqHash.BITS);
    Map<String, VideoMatch> wholeMatches = new LinkedHashMap<>();
    double bestAligned = 0;
    for (VideoFingerprint source : sources.values()) {
      VideoMatch match = aligner.align(query.fingerprint(), source);
      if (!match.segments().isEmpty()) {
        detections.add(detection(source, match));
        wholeMatches.put(source.videoId(), match);
        bestAligned = Math.max(bestAligned, match.queryAlignedPercent());
      }
      int[] nearest = nearest(query, source);
      if (truth.sourceId().map(source.videoId()::equals).orElse(false)) {
        trueNearest = nearest;
        diagnosis = distances(query, nearest) + f("; vPDQ query match %.0f %%", match.queryMatchedPercent());
      } else {
        for (int i = 0; i < nearest.length; i++) {
          otherNearest[i] = Math.min(otherNearest[i], nearest[i]);
        }
      }
    }
    if (bestAligned < STRONG_WHOLE_PERCENT && windowPass) {
      for (VideoFingerprint source : sources.values()) {
        VideoMatch windowed = windowPass(query, source);
        if (windowed == null || windowed.segments().isEmpty()) {
          continue;
        }
        VideoMatch whole = wholeMatches.get(source.videoId());
        if (whole == null || windowed.queryAlignedPercent() > whole.queryAlignedPercent()) {
          detections.removeIf(d -> d.sourceId().equals(source.videoId()));
          detections.add(detection(source, windowed));
        }
      }
    }
    if (truth.isNegative()) {
      diagnosis = query.hashes().size() + " of " + query.sampledFrames() + " sampled query frames hashed";
    }
    return new QueryOutcome(truth, detections, diagnosis, trueNearest == null ? List.of() : boxed(trueNearest),
        boxed(otherNearest));
  }

  private static Detection detection(VideoFingerprint source, VideoMatch match) {
    return new Detection(source.videoId(),
        match.segments().stream().map(s -> new Interval(s.queryStart(), s.queryEnd())).toList(),
        match.segments().stream().map(s -> new Interval(s.referenceStart(), s.referenceEnd())).toList(),
        describe(match));
  }

  private static String describe(VideoMatch match) {
    return match.segments().stream().map(s -> f("[q %.1f–%.1f s → s %.1f–%.1f s, speed %.2f, %d frames, "
            + "mean distance %.1f, score %.2f, %s]", s.queryStart(), s.queryEnd(), s.referenceStart(),
            s.referenceEnd(), s.speed(), s.matchedFrames(), s.meanDistance(), s.score(), s.variant().label()))
        .collect(Collectors.joining(" "));
  }

  /*
   * For each query frame, the distance to the nearest source frame over all 8 dihedral variants
   * (time ignored): when most are above the aligner's threshold the frame hashes themselves lost
   * the copy; when they are below it and no segment was found the alignment is to blame.
   */
  private static int[] nearest(QueryPrint query, VideoFingerprint source) {
    int[] nearest = new int[query.hashes().size()];
    for (int i = 0; i < nearest.length; i++) {
      int best = PdqHash.BITS;
      for (FrameHash s : source.frames()) {
        for (PdqHash h : query.hashes().get(i).hashes()) {
          best = Math.min(best, h.distance(s.hash()));
        }
      }
      nearest[i] = best;
    }
    return nearest;
  }

  private String distances(QueryPrint query, int[] nearest) {
    if (nearest.length == 0) {
      return "no query frame of PDQ quality >= " + FrameFingerprinter.DEFAULT_MIN_QUALITY + " (of "
          + query.sampledFrames() + " sampled)";
    }
    List<Integer> sorted = boxed(nearest).stream().sorted().toList();
    int threshold = aligner.config().distanceThreshold();
    long within = sorted.stream().filter(d -> d <= threshold).count();
    return f("%d of %d query frames within %d of the true source (nearest distances: median %d, %s)", within,
        sorted.size(), threshold, sorted.get(sorted.size() / 2), boxed(nearest));
  }

  private static List<Integer> boxed(int[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  private static SampledVideo sample(FrameFingerprinter fingerprinter, Path video) {
    try {
      return fingerprinter.sample(video);
    } catch (UnreadableMediaException e) {
      throw new IllegalStateException(video + ": " + e.getMessage(), e);
    }
  }

  private static String f(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }
}
