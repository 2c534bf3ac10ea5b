package org.reeltrace.media;

import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avformat.avio_size;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_index_get_entries_count;
import static org.bytedeco.ffmpeg.global.avformat.avformat_index_get_entry;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AV_DICT_IGNORE_SUFFIX;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVIndexEntry;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVDictionaryEntry;

/** An opened FFmpeg demuxer (AVFormatContext) whose streams have been identified. */
final class MediaContainer implements AutoCloseable {
  private final AVFormatContext format;

  private MediaContainer(AVFormatContext format) {
    this.format = format;
  }

  /**
   * Opens {@code file} and reads its stream information.
   *
   * @param kind "video" or "audio", used in error messages
   */
  static MediaContainer open(Path file, String kind) throws UnreadableMediaException {
    FfmpegRuntime.init();
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UnreadableMediaException(kind, "cannot read file (" + e.getClass().getSimpleName() + ")");
    }
    if (size == 0) {
      throw new UnreadableMediaException(kind, "empty file");
    }
    AVFormatContext format = new AVFormatContext(null);
    int opened = avformat_open_input(format, file.toString(), (AVInputFormat) null, (AVDictionary) null);
    if (opened < 0) {
      throw new UnreadableMediaException(kind, "unrecognised container (" + FfmpegRuntime.describe(opened) + ")");
    }
    MediaContainer container = new MediaContainer(format);
    int found = avformat_find_stream_info(format, (AVDictionary) null);
    if (found < 0) {
      container.close();
      throw new UnreadableMediaException(kind, "cannot read stream information (" + FfmpegRuntime.describe(found) + ")");
    }
    return container;
  }

  AVFormatContext format() {
    return format;
  }

  /** FFmpeg's demuxer name, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2}. */
  String demuxerName() {
    AVInputFormat input = format.iformat();
    return input == null || input.name() == null ? "unknown" : input.name().getString(StandardCharsets.UTF_8);
  }

  /** Index of the first stream of {@code mediaType} that is not cover art, or -1. */
  int firstStream(int mediaType) {
    for (int i = 0; i < format.nb_streams(); i++) {
      AVStream stream = format.streams(i);
      if (stream.codecpar().codec_type() == mediaType && (stream.disposition() & AV_DISPOSITION_ATTACHED_PIC) == 0) {
        return i;
      }
    }
    return -1;
  }

  /** A container-level metadata tag, falling back to the given stream's tags. */
  Optional<String> tag(String key, int streamIndex) {
    Optional<String> value = tag(format.metadata(), key);
    if (value.isEmpty() && streamIndex >= 0) {
      value = tag(format.streams(streamIndex).metadata(), key);
    }
    return value;
  }

  /**
   * Every metadata tag of the container and its streams: container tags under their own key, stream
   * tags as {@code stream<index>:<key>}; values stripped, empty values left out.
   */
  Map<String, String> allTags() {
    Map<String, String> tags = new TreeMap<>();
    putAll(format.metadata(), "", tags);
    for (int i = 0; i < format.nb_streams(); i++) {
      putAll(format.streams(i).metadata(), "stream" + i + ":", tags);
    }
    return tags;
  }

  private static void putAll(AVDictionary dictionary, String prefix, Map<String, String> tags) {
    if (dictionary == null || dictionary.isNull()) {
      return;
    }
    AVDictionaryEntry entry = null;
    while ((entry = av_dict_get(dictionary, "", entry, AV_DICT_IGNORE_SUFFIX)) != null && !entry.isNull()) {
      if (entry.key() == null || entry.value() == null) {
        continue;
      }
      String value = entry.value().getString(StandardCharsets.UTF_8).strip();
      if (!value.isEmpty()) {
        tags.put(prefix + entry.key().getString(StandardCharsets.UTF_8), value);
      }
    }
  }

  private static Optional<String> tag(AVDictionary dictionary, String key) {
    if (dictionary == null || dictionary.isNull()) {
      return Optional.empty();
    }
    AVDictionaryEntry entry = av_dict_get(dictionary, key, null, 0);
    if (entry == null || entry.isNull() || entry.value() == null) {
      return Optional.empty();
    }
    String text = entry.value().getString(StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * Checks the container's sample index against the file size: an index that points past the end of
   * the file means the file was cut short (a partial download, a copy cut in half). Containers without
   * an index (raw streams, some Matroska files) are not checked.
   *
   * @return a one-line description of the truncation, or empty when none is detectable
   */
  Optional<String> truncation() {
    AVIOContext io = format.pb();
    long fileSize = io == null || io.isNull() ? -1 : avio_size(io);
    if (fileSize <= 0) {
      return Optional.empty();
    }
    long indexedEnd = 0;
    for (int i = 0; i < format.nb_streams(); i++) {
      AVStream stream = format.streams(i);
      int entries = avformat_index_get_entries_count(stream);
      if (entries > 0) {
        AVIndexEntry last = avformat_index_get_entry(stream, entries - 1);
        if (last != null && !last.isNull()) {
          indexedEnd = Math.max(indexedEnd, last.pos() + last.size());
        }
      }
    }
    if (indexedEnd > fileSize) {
      return Optional.of("truncated: the container index needs " + indexedEnd + " bytes, the file has " + fileSize);
    }
    return Optional.empty();
  }

  @Override
  public void close() {
    if (!format.isNull()) {
      avformat_close_input(format);
    }
  }
}
