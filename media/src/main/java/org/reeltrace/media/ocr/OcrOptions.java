package org.reeltrace.media.ocr;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How {@link OnScreenText} samples and reads a video.
 *
 * @param framesPerSecond sampled frames per second of video, decoded at full resolution
 * @param fullFrameEvery  the whole frame is also read on every n-th sampled frame (0: never); the corner
 *     crops are read on every sampled frame
 * @param cornerWidth     width of each corner crop as a fraction of the frame width, 0 < w <= 1
 * @param cornerHeight    height of each corner crop as a fraction of the frame height, 0 < h <= 1
 * @param upscale         enlargement of corner crops before OCR, 1..4
 * @param bothPolarities  read corner crops inverted (white text) and as is (dark text); false reads them
 *     only inverted, which costs about a third as much. The whole frame is always read in both.
 * @param minConfidence   lines Tesseract is less sure of (0..1) are dropped
 * @param languages       Tesseract languages joined by {@code +}
 * @param tessdata        the trained-data folder, or null to use TESSDATA_PREFIX or Debian's folder
 */
public record OcrOptions(double framesPerSecond, int fullFrameEvery, double cornerWidth, double cornerHeight,
    double upscale, boolean bothPolarities, float minConfidence, String languages, Path tessdata) {

  /** 1 frame/s, full frame every 5th, corners 55% × 25% enlarged twice and inverted, kor+chi_sim+eng. */
  public static final OcrOptions DEFAULTS =
      new OcrOptions(1, 5, 0.55, 0.25, 2, false, 0.40f, "kor+chi_sim+eng", null);

  public OcrOptions {
    Objects.requireNonNull(languages, "languages");
    if (!(framesPerSecond > 0 && framesPerSecond <= 60)) {
      throw new IllegalArgumentException("frames per second must be in (0, 60], was " + framesPerSecond);
    }
    if (fullFrameEvery < 0) {
      throw new IllegalArgumentException("full frame interval must be >= 0, was " + fullFrameEvery);
    }
    if (!(cornerWidth > 0 && cornerWidth <= 1) || !(cornerHeight > 0 && cornerHeight <= 1)) {
      throw new IllegalArgumentException("corner size must be a fraction in (0, 1], was " + cornerWidth + " x " + cornerHeight);
    }
    if (!(upscale >= 1 && upscale <= 4)) {
      throw new IllegalArgumentException("upscale must be 1..4, was " + upscale);
    }
    if (!(minConfidence >= 0 && minConfidence <= 1)) {
      throw new IllegalArgumentException("min confidence must be 0..1, was " + minConfidence);
    }
    if (!languages.matches("[a-z_]+(\\+[a-z_]+)*")) {
      throw new IllegalArgumentException("languages must be Tesseract names joined by +, was '" + languages + "'");
    }
  }

  /** The same options sampling {@code perSecond} frames per second. */
  public OcrOptions withFramesPerSecond(double perSecond) {
    return new OcrOptions(perSecond, fullFrameEvery, cornerWidth, cornerHeight, upscale, bothPolarities,
        minConfidence, languages, tessdata);
  }

  /** The same options reading the whole frame every {@code n}-th sampled frame (0: never). */
  public OcrOptions withFullFrameEvery(int n) {
    return new OcrOptions(framesPerSecond, n, cornerWidth, cornerHeight, upscale, bothPolarities,
        minConfidence, languages, tessdata);
  }

  /** The same options reading corner crops in one polarity (inverted, for white text) or both. */
  public OcrOptions withBothPolarities(boolean both) {
    return new OcrOptions(framesPerSecond, fullFrameEvery, cornerWidth, cornerHeight, upscale, both,
        minConfidence, languages, tessdata);
  }
}
