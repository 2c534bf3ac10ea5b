package org.reeltrace.media;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GRAY8;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_LANCZOS;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;

import org.bytedeco.ffmpeg.avutil.AVComponentDescriptor;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Resizes the Y plane of decoded frames with swscale, reading the plane as 8-bit grey so that chroma
 * is never touched, and hands back full-range float luma. One scaler serves one decoding loop on one
 * thread; it reuses its native buffers, so a frame costs no allocation.
 */
final class LumaScaler implements AutoCloseable {
  /*
   * The scaler of the reference's sample hashes (see LumaExtractor). Measured against the -128x128
   * sample files with FAST luma: Lanczos with accurate rounding 0.9 to 1.3 bits mean, Lanczos alone
   * 1.2 to 2.1, SWS_AREA 2.3 to 4.5 (over 4 on three pattern files).
   */
  private static final int SCALING = SWS_LANCZOS | SWS_ACCURATE_RND;
  private static final float[] LIMITED_FLOATS = LumaRange.LIMITED.floatTable();
  private static final float[] FULL_FLOATS = LumaRange.FULL.floatTable();

  private final PointerPointer<BytePointer> source = new PointerPointer<>(4);
  private final IntPointer sourceStride = new IntPointer(4);
  private final PointerPointer<BytePointer> target = new PointerPointer<>(4);
  private final IntPointer targetStride = new IntPointer(4);
  private SwsContext context;
  private BytePointer pixels;
  private int capacity;
  private byte[] samples = new byte[0];

  /**
   * Whether {@link #scale} can read {@code frame}'s luma directly: 8-bit Y samples, one per byte, in
   * plane 0 (all planar YUV and grey formats; not RGB, palette, packed YUYV or high bit depth).
   */
  static boolean readsDirectly(AVFrame frame) {
    AVPixFmtDescriptor descriptor = av_pix_fmt_desc_get(frame.format());
    if (descriptor == null || descriptor.isNull() || !LumaExtractor.storesLumaPlane(descriptor)) {
      return false;
    }
    AVComponentDescriptor y = descriptor.comp(0);
    return y.depth() == 8 && y.step() == 1 && y.offset() == 0 && y.shift() == 0;
  }

  /**
   * Resizes the Y plane of {@code frame} (which {@link #readsDirectly} must accept) to
   * {@code width × height} and writes it, mapped from {@code range} to full range 0..255, row-major
   * into {@code luma}.
   */
  void scale(AVFrame frame, int width, int height, LumaRange range, float[] luma) {
    context = sws_getCachedContext(context, frame.width(), frame.height(), AV_PIX_FMT_GRAY8, width, height,
        AV_PIX_FMT_GRAY8, SCALING, null, null, (DoublePointer) null);
    if (context == null || context.isNull()) {
      throw new IllegalStateException(
          "swscale cannot scale grey " + frame.width() + "x" + frame.height() + " to " + width + "x" + height);
    }
    int bytes = width * height;
    if (capacity < bytes) {
      if (pixels != null) {
        pixels.close();
      }
      pixels = new BytePointer(bytes);
      capacity = bytes;
      samples = new byte[bytes];
    }
    source.put(0, frame.data(0));
    sourceStride.put(0, frame.linesize(0));
    target.put(0, pixels);
    targetStride.put(0, width);
    sws_scale(context, source, sourceStride, 0, frame.height(), target, targetStride);
    pixels.get(samples, 0, bytes);
    float[] table = range == LumaRange.LIMITED ? LIMITED_FLOATS : FULL_FLOATS;
    for (int i = 0; i < bytes; i++) {
      luma[i] = table[samples[i] & 0xff];
    }
  }

  @Override
  public void close() {
    if (context != null) {
      sws_freeContext(context);
      context = null;
    }
    if (pixels != null) {
      pixels.close();
    }
    source.close();
    sourceStride.close();
    target.close();
    targetStride.close();
  }
}
