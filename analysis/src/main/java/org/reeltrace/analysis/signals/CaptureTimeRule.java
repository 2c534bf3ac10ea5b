package org.reeltrace.analysis.signals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.core.Signal;
import org.reeltrace.core.Signal.Kind;
import org.reeltrace.media.ContainerMetadata;

/**
 * CAPTURE_TIME: when the footage was captured according to its container, how long before the post,
 * and whether that was before the DPRK closed its borders to tourists.
 */
public final class CaptureTimeRule {
  /*
   * The DPRK closed its borders to foreign tourists on 2020-01-22 over COVID-19 (Wikipedia, "COVID-19
   * pandemic in North Korea"); tourist footage captured before that date is consistent with a visit,
   * later footage much less so (tourism resumed only in part, from 2024/2025, for Russian groups and
   * Rason). The cut-off is midnight Pyongyang time (UTC+9).
   *
   * Strength: a device-written local time (com.apple.quicktime.creationdate) is the most reliable; a
   * muxer's creation_time is kept by plain copies but rewritten by most editors and re-encoders; a time
   * within a day of the post is most likely the time the platform or an app wrote the file, so it is
   * weak evidence of the capture time.
   */
  /** The day the DPRK closed its borders to tourists, 2020-01-22. */
  public static final LocalDate BORDER_CLOSED = LocalDate.of(2020, 1, 22);
  static final Instant BORDER_CLOSED_INSTANT = BORDER_CLOSED.atStartOfDay(ZoneOffset.ofHours(9)).toInstant();
  private static final String CLOSURE_REFERENCE =
      "DPRK borders closed to foreign tourists on 2020-01-22 (Wikipedia, 'COVID-19 pandemic in North Korea')";
  private static final Duration SAME_AS_UPLOAD = Duration.ofDays(1);

  /**
   * The signals {@code metadata} yields.
   *
   * @param postedAt when the post was published, or {@code null} when unknown
   */
  public List<Signal> signals(ContainerMetadata metadata, Instant postedAt) {
    List<Signal> signals = new ArrayList<>();
    Instant created = metadata.createdAt();
    if (created == null) {
      return signals;
    }
    String tag = metadata.createdAtTag();
    String foundIn = "container:" + tag;
    String matched = metadata.rawTags().getOrDefault(tag, created.toString());
    boolean deviceTime = tag.endsWith("com.apple.quicktime.creationdate");
    boolean nearUpload = postedAt != null && Duration.between(created, postedAt).abs().compareTo(SAME_AS_UPLOAD) <= 0;
    boolean afterPost = postedAt != null && created.isAfter(postedAt.plus(SAME_AS_UPLOAD));
    double strength;
    String why;
    if (afterPost) {
      strength = 0.05;
      why = "container time is after the post time, so the tag is wrong (clock or editing tool)";
    } else if (nearUpload && !deviceTime) {
      strength = 0.1;
      why = "encoder-written time within a day of the upload: most likely when the platform or an app wrote "
          + "the file, weak evidence of the capture time";
    } else if (deviceTime) {
      strength = 0.7;
      why = "device-written local capture time (com.apple.quicktime.creationdate); editing apps rarely keep it";
    } else {
      strength = tag.startsWith("stream") ? 0.4 : 0.5;
      why = "muxer-written creation time; kept by plain copies, rewritten by most editors and re-encoders";
    }
    String day = created.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    signals.add(new Signal(Kind.CAPTURE_TIME, "captured:" + day, matched, foundIn, strength, why));
    if (postedAt != null && !afterPost) {
      long days = Duration.between(created, postedAt).toDays();
      signals.add(new Signal(Kind.CAPTURE_TIME, "capture-to-post-days:" + Math.max(0, days),
          matched + " -> posted " + postedAt, foundIn, strength,
          "days between the container's capture time and the post; " + why));
    }
    if (!afterPost && created.isBefore(BORDER_CLOSED_INSTANT)) {
      signals.add(new Signal(Kind.CAPTURE_TIME, "filmed-before:" + BORDER_CLOSED, matched + " < 2020-01-22T00:00+09:00",
          foundIn, strength, CLOSURE_REFERENCE + "; " + why));
    }
    return signals;
  }
}
