package org.reeltrace.media;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_AUDIO;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import java.nio.file.Path;
import java.util.function.DoubleToIntFunction;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * Decodes the first video (or audio) stream of a file sequentially, one frame at a time, on one thread.
 *
 * <p>Damaged input is tolerated the way the {@code ffmpeg} tool tolerates it: a packet the decoder
 * rejects is counted and skipped; a demuxer read error ends the input early (as if the file ended
 * there) and is remembered. Callers decide what to make of the counts.
 */
final class StreamDecoder implements AutoCloseable {
  private final MediaContainer container;
  private final int streamIndex;
  private final AVStream stream;
  private final AVCodecContext codec;
  private final AVPacket packet;
  private final AVFrame frame;
  private final double timeBase;
  private final long startPts;
  private boolean inputEnded;
  private boolean drained;
  private long framesDecoded;
  private int rejectedPackets;
  private String readError;
  private DoubleToIntFunction packetDiscard;

  private StreamDecoder(MediaContainer container, int streamIndex, AVCodecContext codec) {
    this.container = container;
    this.streamIndex = streamIndex;
    this.stream = container.format().streams(streamIndex);
    this.codec = codec;
    this.packet = av_packet_alloc();
    this.frame = av_frame_alloc();
    this.timeBase = av_q2d(stream.time_base());
    this.startPts = stream.start_time() == AV_NOPTS_VALUE ? 0 : stream.start_time();
  }

  /** Opens the file's first video stream (cover art does not count) with a single-threaded decoder. */
  static StreamDecoder openVideo(Path file) throws UnreadableMediaException {
    return open(file, AVMEDIA_TYPE_VIDEO, "video");
  }

  /** Opens the file's first audio stream. */
  static StreamDecoder openAudio(Path file) throws UnreadableMediaException {
    return open(file, AVMEDIA_TYPE_AUDIO, "audio");
  }

  private static StreamDecoder open(Path file, int mediaType, String kind) throws UnreadableMediaException {
    MediaContainer container = MediaContainer.open(file, kind);
    try {
      int index = container.firstStream(mediaType);
      if (index < 0) {
        throw new UnreadableMediaException(kind, "no " + kind + " stream");
      }
      AVCodecParameters parameters = container.format().streams(index).codecpar();
      if (mediaType == AVMEDIA_TYPE_VIDEO && (parameters.width() <= 0 || parameters.height() <= 0)) {
        throw new UnreadableMediaException(kind, "video stream has no frame size");
      }
      AVCodec decoder = avcodec_find_decoder(parameters.codec_id());
      if (decoder == null || decoder.isNull()) {
        throw new UnreadableMediaException(kind,
            "no decoder for " + kind + " codec " + avcodec_get_name(parameters.codec_id()).getString());
      }
      AVCodecContext codec = avcodec_alloc_context3(decoder);
      avcodec_parameters_to_context(codec, parameters);
      codec.thread_count(1);
      int opened = avcodec_open2(codec, decoder, (AVDictionary) null);
      if (opened < 0) {
        avcodec_free_context(codec);
        throw new UnreadableMediaException(kind,
            "cannot open " + kind + " decoder (" + FfmpegRuntime.describe(opened) + ")");
      }
      return new StreamDecoder(container, index, codec);
    } catch (UnreadableMediaException | RuntimeException e) {
      container.close();
      throw e;
    }
  }

  MediaContainer container() {
    return container;
  }

  int streamIndex() {
    return streamIndex;
  }

  AVStream stream() {
    return stream;
  }

  AVCodecContext codec() {
    return codec;
  }

  /** Average frame rate the container declares (else the stream's base rate), 0 when unknown. */
  double frameRate() {
    double average = rate(stream.avg_frame_rate());
    return average > 0 ? average : rate(stream.r_frame_rate());
  }

  private static double rate(AVRational rational) {
    return rational.num() > 0 && rational.den() > 0 ? (double) rational.num() / rational.den() : 0;
  }

  /** Number of frames the container's index declares, 0 when it declares none. */
  long declaredFrameCount() {
    return Math.max(0, stream.nb_frames());
  }

  /**
   * Tells the decoder, packet by packet, which frames it may skip: {@code policy} gets the packet's
   * presentation time in seconds (NaN when unknown) and returns an {@code AVDISCARD_*} level. Skipped
   * frames are never returned and cost almost nothing. (With one decoding thread the decoder decodes
   * within {@code avcodec_send_packet}, so the level set just before sending applies to that packet.)
   */
  void discard(DoubleToIntFunction policy) {
    this.packetDiscard = policy;
  }

  /**
   * Decodes the next frame in presentation order.
   *
   * @return the frame, valid until the next call; null at the end of the stream
   */
  AVFrame next() {
    while (true) {
      if (drained) {
        return null;
      }
      av_frame_unref(frame);
      int received = avcodec_receive_frame(codec, frame);
      if (received >= 0) {
        framesDecoded++;
        return frame;
      }
      if (received == AVERROR_EOF()) {
        drained = true;
        return null;
      }
      if (received != FfmpegRuntime.AVERROR_EAGAIN) {
        rejectedPackets++;
        continue;
      }
      feed();
    }
  }

  /** Sends the next packet of the video stream to the decoder, or the end-of-stream signal. */
  private void feed() {
    if (inputEnded) {
      // avcodec_receive_frame asked for more input after the flush: nothing more will come
      drained = true;
      return;
    }
    while (true) {
      int read = av_read_frame(container.format(), packet);
      if (read < 0) {
        if (read != AVERROR_EOF()) {
          readError = FfmpegRuntime.describe(read);
        }
        inputEnded = true;
        avcodec_send_packet(codec, null);
        return;
      }
      try {
        if (packet.stream_index() != streamIndex) {
          continue;
        }
        if (packetDiscard != null) {
          long pts = packet.pts();
          codec.skip_frame(packetDiscard.applyAsInt(pts == AV_NOPTS_VALUE ? Double.NaN : (pts - startPts) * timeBase));
        }
        int sent = avcodec_send_packet(codec, packet);
        if (sent < 0 && sent != FfmpegRuntime.AVERROR_EAGAIN) {
          rejectedPackets++;
          continue;
        }
        return;
      } finally {
        av_packet_unref(packet);
      }
    }
  }

  /** Presentation time of {@code decoded} in seconds from the start of the stream, NaN when unknown. */
  double timestampSeconds(AVFrame decoded) {
    long pts = decoded.best_effort_timestamp();
    if (pts == AV_NOPTS_VALUE) {
      return Double.NaN;
    }
    return (pts - startPts) * timeBase;
  }

  /** Frames returned so far. */
  long framesDecoded() {
    return framesDecoded;
  }

  /** Packets or frames the decoder rejected as invalid. */
  int rejectedPackets() {
    return rejectedPackets;
  }

  /** The demuxer error that ended the input early, or null if the input ended normally. */
  String readError() {
    return readError;
  }

  @Override
  public void close() {
    av_frame_free(frame);
    av_packet_free(packet);
    avcodec_free_context(codec);
    container.close();
  }
}
