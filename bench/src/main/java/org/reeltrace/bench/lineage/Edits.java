package org.reeltrace.bench.lineage;

import java.util.List;
import java.util.Objects;

/**
 * How a re-post was made from the video it was downloaded from.
 *
 * @param cutStart seconds cut from the start
 * @param cutEnd   seconds cut from the end
 * @param speed    playback speed (1 = unchanged)
 * @param filters  FFmpeg video filters, in order
 * @param labels   one short label per edit, for the failure list
 * @param crf      the x264 quality of the re-encode
 */
record Edits(double cutStart, double cutEnd, double speed, List<String> filters, List<String> labels, int crf) {
  /** The label of a platform's download watermark, which names the account the video was downloaded from. */
  static final String DOWNLOAD_WATERMARK = "download watermark";

  Edits {
    if (!(cutStart >= 0 && cutEnd >= 0)) {
      throw new IllegalArgumentException("cuts must be >= 0 s, were " + cutStart + " and " + cutEnd);
    }
    if (!(speed > 0.5 && speed < 2)) {
      throw new IllegalArgumentException("speed must be 0.5..2, was " + speed);
    }
    filters = List.copyOf(Objects.requireNonNull(filters, "filters"));
    labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
  }

  /** Whether the re-post shows the download watermark naming the account of the post it was made from. */
  boolean namesParent() {
    return labels.contains(DOWNLOAD_WATERMARK);
  }

  String describe() {
    return labels.isEmpty() ? "re-encode" : String.join("+", labels);
  }
}
