package org.reeltrace.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;

import java.nio.charset.StandardCharsets;

/**
 * The process-wide FFmpeg state: native libraries loaded once, FFmpeg's own logging silenced (ReelTrace
 * reports problems itself, one line per file), and FFmpeg error codes turned into words.
 */
final class FfmpegRuntime {
  /** {@code AVERROR(EAGAIN)}: EAGAIN is 11 on Linux, the only platform whose natives we ship. */
  static final int AVERROR_EAGAIN = -11;

  static {
    av_log_set_level(AV_LOG_QUIET);
  }

  private FfmpegRuntime() {}

  /** Loads the natives (first call only) and silences FFmpeg's logging. */
  static void init() {
    // the static initialiser does the work
  }

  /** FFmpeg's description of an error code, e.g. "Invalid data found when processing input". */
  static String describe(int errorCode) {
    byte[] buffer = new byte[256];
    if (av_strerror(errorCode, buffer, buffer.length) < 0) {
      return "FFmpeg error " + errorCode;
    }
    int end = 0;
    while (end < buffer.length && buffer[end] != 0) {
      end++;
    }
    return new String(buffer, 0, end, StandardCharsets.UTF_8);
  }
}
