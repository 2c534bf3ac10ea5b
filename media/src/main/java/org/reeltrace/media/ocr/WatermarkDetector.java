package org.reeltrace.media.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds platform watermark handles in the text read from a video's frames.
 *
 * <p>A handle counts when (1) the platform's logo word ("TikTok", "抖音") was read somewhere in the
 * video, so a caption that merely mentions "@someone" is not a watermark; (2) it was read in at least
 * {@value #MIN_FRAMES} sampled frames, so a one-frame misreading does not count. Readings of one handle
 * vote for its spelling ({@link HandleVote}); a handle read in several corners over time (TikTok moves
 * its watermark from top-left to bottom-right) gains confidence, as no caption does that.
 *
 * <p>Platform of an {@code @name}: the logo read in the same frame (same region first), else the logo
 * read most often in the video. "抖音号" ids and names in Chinese or Korean script are Douyin's
 * (TikTok user names are ASCII).
 *
 * <p>In a video where no logo was read, a line that is only a handle ({@link WatermarkText#loneHandle})
 * counts too, on platform {@code unknown}: re-posters stamp their own handle on the picture, and a copy
 * of their copy carries it on. Its confidence is scaled by {@value #STAMP_WEIGHT}: a caption could be
 * only a name.
 */
public final class WatermarkDetector {
  static final int MIN_FRAMES = 2;
  static final double STAMP_WEIGHT = 0.8;
  /** Characters (with the "@") a partial reading needs before one misread character in it is allowed. */
  static final int MISREAD_PART_LENGTH = 8;

  private WatermarkDetector() {}

  /** The handles, strongest first. */
  public static List<WatermarkHandle> detect(List<TextSighting> sightings) {
    Map<String, Integer> logoCount = new HashMap<>();
    Map<Double, List<TextSighting>> logosByFrame = new HashMap<>();
    for (TextSighting sighting : sightings) {
      WatermarkText.logo(sighting.text()).ifPresent(platform -> {
        logoCount.merge(platform, 1, Integer::sum);
        logosByFrame.computeIfAbsent(sighting.seconds(), s -> new ArrayList<>()).add(sighting);
      });
    }
    if (logoCount.isEmpty()) {
      return stamps(sightings);
    }
    String videoPlatform = logoCount.getOrDefault("douyin", 0) > logoCount.getOrDefault("tiktok", 0) ? "douyin" : "tiktok";
    List<HandleRead> reads = new ArrayList<>();
    for (TextSighting sighting : sightings) {
      for (WatermarkText.Handle handle : handlesIn(sighting.text())) {
        String platform;
        if (handle.douyinOnly()) {
          if (!logoCount.containsKey("douyin")) {
            continue;
          }
          platform = "douyin";
        } else {
          platform = framePlatform(logosByFrame.getOrDefault(sighting.seconds(), List.of()), sighting).orElse(videoPlatform);
        }
        reads.add(new HandleRead(platform, handle.text(), sighting));
      }
    }
    return agreed(reads, 1);
  }

  /**
   * The handles in a line of a video where a platform logo was read; a line without "@" or logo that is
   * only a handle-like name counts as that handle with its "@" misread ({@link WatermarkText#loneHandle}):
   * a re-poster's stamp beside the logo, or a download watermark's name on a line of its own.
   */
  private static List<WatermarkText.Handle> handlesIn(String line) {
    List<WatermarkText.Handle> handles = WatermarkText.handles(line);
    if (!handles.isEmpty() || WatermarkText.logo(line).isPresent()) {
      return handles;
    }
    return WatermarkText.loneHandle(line).map(name -> List.of(new WatermarkText.Handle(name, false))).orElse(List.of());
  }

  /** Handles stamped on the picture: lines of only a handle, in a video without a platform logo. */
  private static List<WatermarkHandle> stamps(List<TextSighting> sightings) {
    List<HandleRead> reads = new ArrayList<>();
    for (TextSighting sighting : sightings) {
      WatermarkText.loneHandle(sighting.text())
          .ifPresent(handle -> reads.add(new HandleRead(WatermarkHandle.UNKNOWN_PLATFORM, handle, sighting)));
    }
    return agreed(reads, STAMP_WEIGHT);
  }

  /** The handles read in enough frames, each with its agreed spelling, strongest first. */
  private static List<WatermarkHandle> agreed(List<HandleRead> reads, double weight) {
    List<WatermarkHandle> handles = new ArrayList<>();
    for (HandleVote vote : HandleVote.group(reads)) {
      if (vote.frames() >= MIN_FRAMES) {
        handles.add(handle(vote, weight));
      }
    }
    handles.removeIf(h -> handles.stream().anyMatch(other -> other != h && truncates(h, other)));
    handles.sort(Comparator.comparingDouble(WatermarkHandle::confidence).reversed()
        .thenComparing(WatermarkHandle::handle));
    return List.copyOf(handles);
  }

  private static Optional<String> framePlatform(List<TextSighting> logos, TextSighting at) {
    return logos.stream()
        .sorted(Comparator.comparing((TextSighting logo) -> !logo.region().equals(at.region())))
        .map(logo -> WatermarkText.logo(logo.text()).orElseThrow())
        .findFirst();
  }

  /**
   * A partial reading ("@jin.woo_") seen less often than the full handle it begins; from
   * {@value #MISREAD_PART_LENGTH} characters on, one character of the part may be misread too
   * ("@trip_tek" beside "@trip_tok.yeon", watermark evaluation).
   */
  private static boolean truncates(WatermarkHandle shorter, WatermarkHandle longer) {
    String part = shorter.handle();
    String whole = longer.handle();
    if (!shorter.platform().equals(longer.platform()) || whole.length() <= part.length()
        || longer.sightings() < shorter.sightings()) {
      return false;
    }
    int misread = part.length() >= MISREAD_PART_LENGTH ? 1 : 0;
    return Levenshtein.distance(whole.substring(0, part.length()), part) <= misread;
  }

  /*
   * Confidence: 0.4 × mean OCR confidence of the readings + 0.2 × share of readings spelled exactly as
   * agreed + 0.3 × (1 - 0.6^frames), saturating with more frames, + 0.1 when the watermark moved between
   * regions. Weights chosen by hand; the evaluation in bench (WatermarkEvaluation) measures the result.
   */
  private static WatermarkHandle handle(HandleVote vote, double weight) {
    String agreed = vote.consensus();
    List<HandleRead> reads = vote.reads();
    double meanConfidence = reads.stream().mapToDouble(r -> r.sighting().confidence()).average().orElse(0);
    double agreement = reads.stream().filter(r -> r.handle().equals(agreed)).count() / (double) reads.size();
    int frames = vote.frames();
    List<String> regions = vote.regions();
    double confidence = 0.4 * meanConfidence + 0.2 * agreement + 0.3 * (1 - Math.pow(0.6, frames))
        + (regions.size() > 1 ? 0.1 : 0);
    double first = reads.stream().mapToDouble(r -> r.sighting().seconds()).min().orElseThrow();
    double last = reads.stream().mapToDouble(r -> r.sighting().seconds()).max().orElseThrow();
    return new WatermarkHandle(vote.platform(), agreed, frames, first, last, regions, weight * Math.min(1, confidence));
  }
}
