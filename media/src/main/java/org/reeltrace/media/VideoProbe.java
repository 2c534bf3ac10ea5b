package org.reeltrace.media;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Checks that a file is a video FFmpeg can decode and reads its basic properties.
 *
 * <p>Probing opens the container, finds the first video stream (cover art does not count), checks the
 * container's index against the file size (to catch files cut short) and decodes the first frame. It
 * never decodes more than the first few packets, so it costs milliseconds even on long videos.
 *
 * <p>Thread-safe: every call opens its own FFmpeg contexts.
 */
public final class VideoProbe {

  /**
   * Probes {@code file}.
   *
   * @throws UnreadableMediaException if the file is missing, empty, not a known container, has no video
   *     stream, is cut short, or its first video frame cannot be decoded; the message is one line
   *     {@code "not a readable video: <reason>"} without the path
   */
  public VideoInfo probe(Path file) throws UnreadableMediaException {
    try (StreamDecoder decoder = StreamDecoder.openVideo(file)) {
      MediaContainer container = decoder.container();
      Optional<String> truncation = container.truncation();
      if (truncation.isPresent()) {
        throw new UnreadableMediaException(truncation.get());
      }
      AVFrame first = decoder.next();
      if (first == null) {
        String why = decoder.readError() != null
            ? "read error before the first frame (" + decoder.readError() + ")"
            : decoder.rejectedPackets() > 0
                ? "no decodable video frame (" + decoder.rejectedPackets() + " invalid packets)"
                : "video stream has no frames";
        throw new UnreadableMediaException(why);
      }
      int index = decoder.streamIndex();
      return new VideoInfo(
          container.demuxerName(),
          duration(container, decoder.stream()),
          first.width(),
          first.height(),
          avcodec_get_name(decoder.stream().codecpar().codec_id()).getString(StandardCharsets.UTF_8),
          decoder.frameRate(),
          container.tag("creation_time", index),
          location(container, index));
    }
  }

  /**
   * Reads the container's metadata tags (creation time, GPS, device, software) without decoding.
   *
   * @throws UnreadableMediaException if the file is missing, empty or not a known container; the
   *     message is one line {@code "not a readable video: <reason>"} without the path
   */
  public ContainerMetadata metadata(Path file) throws UnreadableMediaException {
    try (MediaContainer container = MediaContainer.open(file, "video")) {
      return ContainerMetadata.fromTags(container.allTags());
    }
  }

  private static double duration(MediaContainer container, AVStream stream) {
    long formatDuration = container.format().duration();
    if (formatDuration != AV_NOPTS_VALUE && formatDuration > 0) {
      return (double) formatDuration / AV_TIME_BASE;
    }
    if (stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
      return stream.duration() * av_q2d(stream.time_base());
    }
    return 0;
  }

  private static Optional<String> location(MediaContainer container, int streamIndex) {
    for (String key : ContainerMetadata.LOCATION_TAGS) {
      Optional<String> value = container.tag(key, streamIndex);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }
}
