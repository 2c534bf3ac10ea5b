package org.reeltrace.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_CHANNEL_ORDER_UNSPEC;
import static org.bytedeco.ffmpeg.global.avutil.AV_SAMPLE_FMT_FLT;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_copy;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_default;
import static org.bytedeco.ffmpeg.global.avutil.av_channel_layout_uninit;
import static org.bytedeco.ffmpeg.global.swresample.swr_alloc_set_opts2;
import static org.bytedeco.ffmpeg.global.swresample.swr_convert;
import static org.bytedeco.ffmpeg.global.swresample.swr_free;
import static org.bytedeco.ffmpeg.global.swresample.swr_get_out_samples;
import static org.bytedeco.ffmpeg.global.swresample.swr_init;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.bytedeco.ffmpeg.avutil.AVChannelLayout;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swresample.SwrContext;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Decodes the first audio stream of a file (a video's soundtrack, or an audio file) to mono float PCM
 * at a chosen sample rate, for the soundtrack stage. Channels are mixed down and the signal resampled
 * by FFmpeg's swresample.
 *
 * <p>Damaged audio is handled like damaged video in {@link FrameReader}: no decodable audio is an
 * {@link UnreadableMediaException} ({@code "not a readable audio: <reason>"}); audio that breaks off
 * yields what was decoded, with a warning.
 *
 * <p>Thread-safe: each call uses its own decoder.
 */
public final class AudioReader {
  /** 8000 Hz: enough for landmark fingerprints (energy below 4 kHz), small to store. */
  public static final int DEFAULT_SAMPLE_RATE = 8000;

  private final int sampleRate;

  /** A reader producing {@code sampleRate} samples per second. */
  public AudioReader(int sampleRate) {
    if (sampleRate < 1000 || sampleRate > 192_000) {
      throw new IllegalArgumentException("sample rate must be 1000..192000 Hz, was " + sampleRate);
    }
    this.sampleRate = sampleRate;
  }

  /** A reader producing {@value #DEFAULT_SAMPLE_RATE} samples per second. */
  public AudioReader() {
    this(DEFAULT_SAMPLE_RATE);
  }

  /**
   * Decodes the soundtrack of {@code file}.
   *
   * @throws UnreadableMediaException when the file has no audio stream or none of it decodes
   */
  public PcmAudio read(Path file) throws UnreadableMediaException {
    try (StreamDecoder decoder = StreamDecoder.openAudio(file); Resampler resampler = new Resampler(sampleRate)) {
      Optional<String> truncation = decoder.container().truncation();
      long frames = 0;
      for (AVFrame frame = decoder.next(); frame != null; frame = decoder.next()) {
        resampler.add(frame);
        frames++;
      }
      if (frames == 0) {
        throw new UnreadableMediaException("audio", FrameReader.noFrameReason(decoder, truncation)
            .replace("video", "audio").replace("no decodable audio frame", "no decodable audio"));
      }
      Optional<String> warning = FrameReader.warning(decoder, truncation, frames)
          .map(w -> w.replaceFirst(" frames$", " audio frames"));
      return new PcmAudio(sampleRate, resampler.finish(), warning);
    }
  }

  /** swresample set up from the first decoded frame's format, collecting its output. */
  private static final class Resampler implements AutoCloseable {
    private final int rate;
    private final AVChannelLayout mono = new AVChannelLayout();
    private final AVChannelLayout input = new AVChannelLayout();
    private SwrContext context;
    private FloatPointer buffer;
    private PointerPointer<?> bufferPointers;
    private int capacity;
    private float[] samples = new float[1 << 16];
    private int count;

    Resampler(int rate) {
      this.rate = rate;
      av_channel_layout_default(mono, 1);
    }

    void add(AVFrame frame) throws UnreadableMediaException {
      if (context == null) {
        open(frame);
      }
      convert(frame.extended_data(), frame.nb_samples());
    }

    private void open(AVFrame frame) throws UnreadableMediaException {
      AVChannelLayout layout = frame.ch_layout();
      if (layout.order() == AV_CHANNEL_ORDER_UNSPEC || layout.nb_channels() <= 0) {
        av_channel_layout_default(input, Math.max(1, layout.nb_channels()));
      } else {
        av_channel_layout_copy(input, layout);
      }
      context = new SwrContext(null);
      int made = swr_alloc_set_opts2(context, mono, AV_SAMPLE_FMT_FLT, rate, input, frame.format(),
          frame.sample_rate(), 0, (Pointer) null);
      if (made < 0 || context.isNull() || swr_init(context) < 0) {
        throw new UnreadableMediaException("audio",
            "cannot resample " + frame.sample_rate() + " Hz audio with " + input.nb_channels() + " channels");
      }
    }

    private void convert(PointerPointer<?> in, int inSamples) {
      int room = swr_get_out_samples(context, inSamples) + 32;
      if (capacity < room) {
        if (buffer != null) {
          buffer.close();
          bufferPointers.close();
        }
        buffer = new FloatPointer(room);
        bufferPointers = new PointerPointer<>(1).put(buffer);
        capacity = room;
      }
      int produced = swr_convert(context, bufferPointers, capacity, in, inSamples);
      if (produced > 0) {
        if (count + produced > samples.length) {
          samples = Arrays.copyOf(samples, Math.max(samples.length * 2, count + produced));
        }
        buffer.get(samples, count, produced);
        count += produced;
      }
    }

    float[] finish() {
      if (context != null) {
        convert(null, 0); // drain the resampler's delay line
      }
      return Arrays.copyOf(samples, count);
    }

    @Override
    public void close() {
      if (context != null) {
        swr_free(context);
      }
      if (buffer != null) {
        buffer.close();
        bufferPointers.close();
      }
      av_channel_layout_uninit(input);
      av_channel_layout_uninit(mono);
    }
  }
}
