package org.reeltrace.media;

import static org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_ALL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.reeltrace.fingerprint.PdqHasher;
import org.reeltrace.fingerprint.PdqResult;

/**
 * vPDQ, Meta's video hash: the PDQ hash of every frame (or of one frame every few seconds), each with
 * its quality, frame number and timestamp, in the format of the reference {@code vpdq-hash-video}.
 *
 * <p>Like the reference (facebook/ThreatExchange {@code vpdq/cpp}), frame numbers count decoded frames
 * from 0 and timestamps are {@code frameNumber / fps} with the container's average frame rate. With
 * {@link VpdqLuma#REFERENCE_RGB} (the default) frames go through swscale to RGB24 as in the reference,
 * reproducing its sample hashes; {@link VpdqLuma#Y_PLANE} skips the colour conversion and
 * {@link VpdqLuma#FAST} also most of PDQ's blur (see there for the measured differences and speed).
 * Unlike the reference, damaged files are hashed as far as they decode (see {@link FrameReader})
 * instead of failing outright.
 *
 * <p>Thread-safe: each call uses its own decoder and PDQ hasher.
 */
public final class VpdqHasher {

  /**
   * Hashes {@code video}.
   *
   * @throws UnreadableMediaException when the file cannot be opened as a video or yields no frame
   */
  public VpdqVideo hash(Path video, VpdqOptions options) throws UnreadableMediaException {
    return hash(video, options, false);
  }

  /**
   * Hashes {@code video}, optionally with the decoder's loop filter (deblocking) skipped: for the
   * throughput measurement only. Skipping it saves 0.01 (SD) to 0.04 (HD) CPU s per video-second but
   * moves FAST hashes 2.5 to 6 bits per frame from the reference (pattern files over 4), so no option
   * exposes it.
   */
  VpdqVideo hash(Path video, VpdqOptions options, boolean skipLoopFilter)
      throws UnreadableMediaException {
    try (StreamDecoder decoder = StreamDecoder.openVideo(video); LumaExtractor extractor = new LumaExtractor();
        LumaScaler scaler = new LumaScaler()) {
      if (skipLoopFilter) {
        decoder.codec().skip_loop_filter(AVDISCARD_ALL);
      }
      Optional<String> truncation = decoder.container().truncation();
      double frameRate = decoder.frameRate();
      long modulus = Math.max(1, (long) (options.secondsPerHash() * frameRate));
      boolean fast = options.luma() == VpdqLuma.FAST;
      boolean resize = options.downscaleWidth() > 0 || options.downscaleHeight() > 0;
      LumaConverter converter = new LumaConverter(options.downscaleWidth(), options.downscaleHeight());
      PdqHasher pdq = new PdqHasher();
      List<VpdqFrame> frames = new ArrayList<>();
      float[] luma = new float[0];
      long frameNumber = 0;
      for (AVFrame frame = decoder.next(); frame != null; frame = decoder.next(), frameNumber++) {
        if (frameNumber % modulus != 0) {
          continue;
        }
        int width = converter.width(frame.width(), frame.height());
        int height = converter.height(frame.width(), frame.height());
        PdqResult hashed;
        if (fast && !resize) {
          boolean limited = extractor.extract(frame);
          hashed = pdq.hashLumaSampled(extractor.plane(), width, height, width, limited ? 16 : 0, limited ? 235 : 255);
        } else {
          if (luma.length < width * height) {
            luma = new float[width * height];
          }
          if (options.luma() == VpdqLuma.REFERENCE_RGB) {
            extractor.rgbLuma(frame, width, height, luma);
          } else if (fast && LumaScaler.readsDirectly(frame)) {
            LumaRange range = LumaExtractor.isLimitedRange(frame) ? LumaRange.LIMITED : LumaRange.FULL;
            scaler.scale(frame, width, height, range, luma);
          } else {
            LumaRange range = extractor.extract(frame) ? LumaRange.LIMITED : LumaRange.FULL;
            converter.convert(extractor.plane(), frame.width(), frame.height(), range, luma);
          }
          hashed = pdq.hashLuma(luma, width, height);
        }
        double timestamp = frameRate > 0 ? frameNumber / frameRate : 0;
        frames.add(new VpdqFrame(Math.toIntExact(frameNumber), hashed.quality(), hashed.hash(), timestamp));
      }
      if (frameNumber == 0) {
        throw new UnreadableMediaException(FrameReader.noFrameReason(decoder, truncation));
      }
      return new VpdqVideo(frames, frameRate, FrameReader.warning(decoder, truncation, frameNumber));
    }
  }
}
