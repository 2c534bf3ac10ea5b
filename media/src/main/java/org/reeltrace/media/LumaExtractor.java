package org.reeltrace.media;

import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_MPEG;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_BE;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_BITSTREAM;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_FLOAT;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_HWACCEL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_PAL;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_RGB;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ444P;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_LANCZOS;
import static org.bytedeco.ffmpeg.global.swscale.SWS_POINT;
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
 * Copies the luma (Y) plane of decoded frames into Java arrays, 8 bits per sample.
 *
 * <p>For YUV and grey pixel formats the Y samples are taken as stored (no colour conversion; samples
 * above 8 bits are shifted down to 8). Other formats (RGB, palette: animated GIFs, PNG sequences) are
 * converted to RGB24 by swscale and reduced to PDQ's luma, {@code 0.299 R + 0.587 G + 0.114 B}, which is
 * full range. One extractor serves one decoder on one thread; it reuses its buffers.
 */
final class LumaExtractor implements AutoCloseable {
  /*
   * Which swscale settings reproduce the reference's sample hashes (vpdq/sample-hashes) was measured on
   * the sample videos: SWS_LANCZOS (the reference's filehasher before it switched to SWS_AREA) gives
   * bit-identical hashes for the 128x128 files; adding SWS_ACCURATE_RND (plain C arithmetic instead of
   * the x86 SIMD shortcuts) brings the full-size files to mean 0.04 bits, max 2. SWS_AREA, bicubic and
   * bilinear give means of 2 to 4.4 bits on the 128x128 files.
   */
  private static final int REFERENCE_SCALING = SWS_LANCZOS | SWS_ACCURATE_RND;

  private byte[] plane = new byte[0];
  private byte[] row = new byte[0];
  private SwsContext rgbConverter;
  private BytePointer rgb;
  private int rgbCapacity;

  /** The luma samples of the last {@link #extract} call, row-major, {@code width × height}. */
  byte[] plane() {
    return plane;
  }

  /**
   * Copies the luma of {@code frame} into {@link #plane()}.
   *
   * @return true if the samples are limited ("TV", 16..235) range, false if full range (0..255)
   */
  boolean extract(AVFrame frame) {
    int width = frame.width();
    int height = frame.height();
    if (plane.length < width * height) {
      plane = new byte[width * height];
    }
    int format = frame.format();
    AVPixFmtDescriptor descriptor = av_pix_fmt_desc_get(format);
    if (descriptor == null || descriptor.isNull() || !storesLumaPlane(descriptor)) {
      extractViaRgb(frame, width, height);
      return false;
    }
    AVComponentDescriptor y = descriptor.comp(0);
    BytePointer data = frame.data(0);
    int stride = frame.linesize(0);
    if (y.depth() == 8 && y.step() == 1 && y.offset() == 0) {
      if (stride == width) {
        data.get(plane, 0, width * height);
      } else {
        for (int r = 0; r < height; r++) {
          data.position((long) r * stride).get(plane, r * width, width);
        }
        data.position(0);
      }
    } else {
      copyStrided(data, stride, width, height, y);
    }
    return isLimitedRange(frame, descriptor);
  }

  /** Y in plane 0 with a layout we can read directly: YUV or grey, not big-endian, not float. */
  static boolean storesLumaPlane(AVPixFmtDescriptor descriptor) {
    long unsupported = AV_PIX_FMT_FLAG_RGB | AV_PIX_FMT_FLAG_PAL | AV_PIX_FMT_FLAG_HWACCEL
        | AV_PIX_FMT_FLAG_BITSTREAM | AV_PIX_FMT_FLAG_BE | AV_PIX_FMT_FLAG_FLOAT;
    if ((descriptor.flags() & unsupported) != 0 || descriptor.nb_components() < 1) {
      return false;
    }
    AVComponentDescriptor y = descriptor.comp(0);
    return y.plane() == 0 && y.depth() >= 8 && y.depth() <= 16 && (y.depth() == 8 ? y.step() >= 1 : y.step() >= 2);
  }

  /** Packed layouts (YUYV) and samples of 9..16 bits (10-bit HDR video), little-endian. */
  private void copyStrided(BytePointer data, int stride, int width, int height, AVComponentDescriptor y) {
    int step = y.step();
    int offset = y.offset();
    int bytesPerSample = y.depth() > 8 ? 2 : 1;
    int rowBytes = (width - 1) * step + offset + bytesPerSample;
    if (row.length < rowBytes) {
      row = new byte[rowBytes];
    }
    int down = y.shift() + y.depth() - 8;
    for (int r = 0; r < height; r++) {
      data.position((long) r * stride).get(row, 0, rowBytes);
      int out = r * width;
      if (bytesPerSample == 1) {
        for (int x = 0, in = offset; x < width; x++, in += step) {
          plane[out + x] = row[in];
        }
      } else {
        for (int x = 0, in = offset; x < width; x++, in += step) {
          int sample = (row[in] & 0xff) | (row[in + 1] & 0xff) << 8;
          plane[out + x] = (byte) (sample >>> down);
        }
      }
    }
    data.position(0);
  }

  /** Whether the Y samples of {@code frame}, a YUV or grey frame, are limited ("TV", 16..235) range. */
  static boolean isLimitedRange(AVFrame frame) {
    return isLimitedRange(frame, av_pix_fmt_desc_get(frame.format()));
  }

  private static boolean isLimitedRange(AVFrame frame, AVPixFmtDescriptor descriptor) {
    int range = frame.color_range();
    if (range == AVCOL_RANGE_JPEG) {
      return false;
    }
    if (range == AVCOL_RANGE_MPEG) {
      return true;
    }
    int format = frame.format();
    boolean jpegFormat = format == AV_PIX_FMT_YUVJ420P || format == AV_PIX_FMT_YUVJ422P
        || format == AV_PIX_FMT_YUVJ440P || format == AV_PIX_FMT_YUVJ444P;
    // grey formats (one component) are full range unless tagged otherwise; unspecified YUV is limited
    return !jpegFormat && descriptor.nb_components() > 2;
  }

  private void extractViaRgb(AVFrame frame, int width, int height) {
    BytePointer pixels = toRgb(frame, width, height, SWS_POINT);
    if (row.length < width * 3) {
      row = new byte[width * 3];
    }
    for (int r = 0; r < height; r++) {
      pixels.position((long) r * width * 3).get(row, 0, width * 3);
      for (int x = 0; x < width; x++) {
        plane[r * width + x] = (byte) Math.round(pdqLuma(row, 3 * x));
      }
    }
    pixels.position(0);
  }

  /**
   * PDQ's luma of {@code frame} resized to {@code width × height} the way the reference vPDQ computed
   * its published sample hashes: swscale to RGB24, then {@code 0.299 R + 0.587 G + 0.114 B} per pixel.
   */
  void rgbLuma(AVFrame frame, int width, int height, float[] target) {
    BytePointer pixels = toRgb(frame, width, height, REFERENCE_SCALING);
    if (row.length < width * 3) {
      row = new byte[width * 3];
    }
    for (int r = 0; r < height; r++) {
      pixels.position((long) r * width * 3).get(row, 0, width * 3);
      for (int x = 0; x < width; x++) {
        target[r * width + x] = pdqLuma(row, 3 * x);
      }
    }
    pixels.position(0);
  }

  private static float pdqLuma(byte[] rgb, int at) {
    return 0.299f * (rgb[at] & 0xff) + 0.587f * (rgb[at + 1] & 0xff) + 0.114f * (rgb[at + 2] & 0xff);
  }

  private BytePointer toRgb(AVFrame frame, int width, int height, int swsFlags) {
    rgbConverter = sws_getCachedContext(rgbConverter, frame.width(), frame.height(), frame.format(),
        width, height, AV_PIX_FMT_RGB24, swsFlags, null, null, (DoublePointer) null);
    if (rgbConverter == null || rgbConverter.isNull()) {
      throw new IllegalStateException("cannot convert pixel format " + frame.format() + " to RGB");
    }
    int bytes = width * height * 3;
    if (rgbCapacity < bytes) {
      if (rgb != null) {
        rgb.close();
      }
      rgb = new BytePointer(bytes);
      rgbCapacity = bytes;
    }
    try (PointerPointer<?> destination = new PointerPointer<>(1).put(rgb);
        IntPointer destinationStride = new IntPointer(1).put(width * 3)) {
      sws_scale(rgbConverter, frame.data(), frame.linesize(), 0, frame.height(), destination, destinationStride);
    }
    return rgb;
  }

  @Override
  public void close() {
    if (rgbConverter != null) {
      sws_freeContext(rgbConverter);
      rgbConverter = null;
    }
    if (rgb != null) {
      rgb.close();
      rgb = null;
    }
  }
}
