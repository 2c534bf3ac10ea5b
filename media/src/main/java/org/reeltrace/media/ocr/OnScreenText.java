package org.reeltrace.media.ocr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.reeltrace.media.FrameReader;
import org.reeltrace.media.FrameSampling;
import org.reeltrace.media.LumaFrame;
import org.reeltrace.media.UnreadableMediaException;

/**
 * Reads the text shown on screen in a video: platform watermarks, captions, signs.
 *
 * <p>Frames are sampled ({@link OcrOptions#framesPerSecond()}) and decoded at full resolution, since
 * watermarks are small. On every sampled frame the four corner crops are enlarged (more in frames under
 * {@value #TEXT_SIDE} pixels on their shorter side, {@link #cornerScale}; the smallest are read at two
 * enlargements, {@link #SECOND_READING_SCALE}), contrast-stretched
 * and reduced to their bright text strokes ({@link GreyImage#brightTextMask}: watermarks are white text
 * with a dark shadow), optionally also to their dark text strokes; every
 * {@link OcrOptions#fullFrameEvery()}-th frame the whole frame is read too, in both polarities. A corner
 * where a clear line of letters was read that is neither a logo nor a handle is read again flipped left
 * to right: re-posters mirror videos, and the watermark they inherited with them.
 *
 * <p>Tesseract 5.3's combined kor+chi_sim+eng reading garbles Chinese lines that chi_sim alone reads
 * (measured on drawn Douyin watermarks: "@小红帽的日常" came out as "(@2/1\\410885"), so a crop whose
 * combined reading shows Chinese or Korean script, or an "@" not followed by a clean ASCII name, is
 * read a second time with chi_sim alone. Each line becomes a
 * {@link TextSighting} named after the ninth of the frame its centre falls in, so a watermark that
 * moves between corners shows as sightings in different regions. Lines below the options' minimum
 * confidence are dropped, except a line showing a platform logo and a handle of six characters or more,
 * kept from {@value #WATERMARK_LINE_CONFIDENCE}; lines at any confidence are searched for the handles
 * the caller knows ({@link #read(Path, KnownHandles)}). A video in which a platform logo was read but no
 * handle in enough frames is read again, sampled {@value #DENSER} times as often. When the caller knows
 * handles, the corners of busy footage (many unclear lines a frame: grass, foliage) are read once more in
 * their {@link StillLevels}, where moving footage sinks and text that stands still over it stays, and
 * those lines too are searched for the known handles.
 *
 * <pre>{@code
 * try (OnScreenText reader = OnScreenText.open(OcrOptions.DEFAULTS)) {
 *   List<WatermarkHandle> handles = WatermarkDetector.detect(reader.read(video));
 *   List<WatermarkHandle> withKnown = reader.read(video, KnownHandles.of(List.of("@mina.makes"))).handles();
 * }
 * }</pre>
 *
 * <p>Not thread-safe (one Tesseract instance); open one reader per thread.
 */
public final class OnScreenText implements AutoCloseable {
  /** Levels after contrast stretch: text strokes at least this bright (or dark, mirrored), ... */
  private static final int BRIGHT_TEXT = 100;
  /** ... this much brighter than their shadow or outline within a few pixels, ... */
  private static final int TEXT_CONTRAST = 60;
  /** ... no more than this below the brightest pixel there, ... */
  private static final int BELOW_BRIGHTEST = 60;
  /**
   * ... and this much brighter than what an area wider than a stroke keeps there ({@link StrokeRule}).
   * Measured on the 82 download watermarks of the lineage evaluation's text-on archives (640 × 360, text
   * 13 px high, often over light footage) and on the watermark evaluation's clips (see docs/benchmarks.md).
   */
  private static final int ABOVE_WIDER = 40;
  /** Text strokes are at most this share of the frame's shorter side wide (a 720-pixel side: 6 pixels). */
  private static final double STROKE_SHARE = 1 / 120.0;

  private static final String CHINESE = "chi_sim";
  /** Letters and digits a corner's unexplained line needs before the corner is read flipped too. */
  private static final int MIN_MIRRORED_LETTERS = 5;
  /**
   * How many times more often a video is sampled when a platform logo was read in it but no handle in
   * enough frames ({@link WatermarkDetector#MIN_FRAMES}): a small watermark over busy footage is read
   * cleanly in few frames. Lineage evaluation seed 109: "TikTok @viral.clipz" over leaves was read as a
   * handle in one sampled frame of seven at 1 frame/s, in three at 3 frames/s.
   */
  static final int DENSER = 3;
  /**
   * A line showing a platform logo and a handle (of six characters or more) is kept from this confidence
   * up, below the options' minimum: Tesseract is unsure of small watermark text over light footage
   * ("TikTok{@minatmakes" at 0.21-0.43 in consecutive frames, lineage evaluation), while the logo word
   * beside the name already says what the line is, and the handle must still be read in two frames. On
   * 60 download watermarks of the lineage evaluation, 0.3 read the most handles right (0.2 let in
   * misreadings that outvoted them).
   */
  static final float WATERMARK_LINE_CONFIDENCE = 0.3f;
  /**
   * Seconds before and after a sampled frame over which its corners' {@link StillLevels} are taken: one
   * sampled frame each side at 1 frame/s (sampled times fall on the video's frame boundaries, up to a
   * frame off the whole second), four at {@value #DENSER} frames/s.
   */
  static final double STILLNESS_SECONDS = 1.5;
  /**
   * Unclear lines (below the minimum confidence) per sampled frame, corners and whole frames together,
   * above which footage counts as busy and its corners are read again in their still levels. In the
   * lineage evaluation, videos with a watermark over calm footage read 0.4-3 such lines a frame, over
   * windblown grass or foliage 8-46.
   */
  static final int BUSY_LINES = 8;
  /**
   * The shorter side of the frames the text rules were measured on (the lineage evaluation's 640 × 360
   * videos, watermarks 13 pixels high). A re-post downscaled to 0.75 (480 × 270) carries the watermarks it
   * inherited at 10 pixels, which Tesseract missed at the options' upscale (lineage evaluation seed 13: an
   * aggregator's copy showing "@trend.repost" twice read nothing) and reads once enlarged to that size.
   */
  static final double TEXT_SIDE = 360;
  /** The most corners are enlarged (the options' own upscale may go as far). */
  static final double MAX_UPSCALE = 4;
  /**
   * Corners enlarged this much or more (frames of 240 pixels or less on their shorter side at the default
   * upscale; their text is 8 pixels high or less) are read at {@value #MAX_UPSCALE} as well. Tesseract's
   * reading of such text turns on the exact enlargement: lineage evaluation seed 117's "@douyin.gems" on a
   * 328 × 184 copy reads at 3.4× and 4× but not at the 3.9× of {@link #cornerScale}; of 16 stamps drawn 7
   * and 8 pixels high on 328 × 184 clips, 3 were read at 3.9× alone, 8 with 4× as well, none lost. Larger
   * frames are not read twice: a second reading of a 640 × 356 frame's corners at 4× costs four first ones.
   */
  static final double SECOND_READING_SCALE = 3;

  private final OcrOptions options;
  private final TesseractEngine engine;
  /** Simplified Chinese alone, for a second reading of crops where the combined model saw CJK or a broken handle; null when not needed. */
  private final TesseractEngine chinese;
  private long framesRead;

  private OnScreenText(OcrOptions options, TesseractEngine engine, TesseractEngine chinese) {
    this.options = options;
    this.engine = engine;
    this.chinese = chinese;
  }

  /**
   * Loads Tesseract with the options' languages (about a second for kor+chi_sim+eng).
   *
   * @throws TesseractUnavailableException naming the Debian package to install
   */
  public static OnScreenText open(OcrOptions options) {
    Objects.requireNonNull(options, "options");
    TesseractEngine engine = TesseractEngine.open(options.languages(), options.tessdata());
    boolean mixed = options.languages().contains("+") && List.of(options.languages().split("\\+")).contains(CHINESE);
    try {
      return new OnScreenText(options, engine, mixed ? TesseractEngine.open(CHINESE, options.tessdata()) : null);
    } catch (RuntimeException e) {
      engine.close();
      throw e;
    }
  }

  /** Opens a reader, reads {@code video} and closes the reader. */
  public static List<TextSighting> read(Path video, OcrOptions options) throws UnreadableMediaException {
    try (OnScreenText reader = open(options)) {
      return reader.read(video);
    }
  }

  /**
   * The lines read in {@code video}, in frame order; within a frame, one sighting per region and text.
   *
   * @throws UnreadableMediaException when the file is not a readable video
   */
  public List<TextSighting> read(Path video) throws UnreadableMediaException {
    return read(video, KnownHandles.NONE).lines();
  }

  /**
   * The lines read clearly in {@code video}, as {@link #read(Path)}, and the {@code known} handles
   * named in its lines however unsurely read ({@link KnownHandles}), busy footage's corners also in their
   * still levels.
   *
   * @throws UnreadableMediaException when the file is not a readable video
   */
  public ScreenReading read(Path video, KnownHandles known) throws UnreadableMediaException {
    int denser = 1;
    Pass pass = read(video, denser);
    List<TextSighting> all = pass.sightings();
    List<TextSighting> clear = clearOnes(all);
    if (logoWithoutHandle(clear)) {
      denser = DENSER;
      pass = read(video, denser);
      all = pass.sightings();
      clear = clearOnes(all);
    }
    if (known.size() > 0 && busy(pass)) {
      all = merged(all, readStill(video, denser).sightings());
    }
    return new ScreenReading(clear, known.find(all));
  }

  private List<TextSighting> clearOnes(List<TextSighting> sightings) {
    return sightings.stream().filter(s -> clearEnough(s.confidence(), s.text())).toList();
  }

  /**
   * Whether a pass read more than {@value #BUSY_LINES} unclear lines per sampled frame: busy footage whose
   * light edges pass for text strokes (grass, foliage, water). Its corners are read again in their still
   * levels, for the known handles only: on the watermark evaluation's clips, the lines read clearly there
   * named one wrong handle more and no right one.
   */
  private static boolean busy(Pass pass) {
    return pass.frames() > 0 && pass.unclear() > BUSY_LINES * pass.frames();
  }

  /** The sightings of both, one per frame, region and text (the more confident). */
  private static List<TextSighting> merged(List<TextSighting> first, List<TextSighting> second) {
    Map<String, TextSighting> byFrameRegionAndText = new LinkedHashMap<>();
    for (List<TextSighting> sightings : List.of(first, second)) {
      for (TextSighting s : sightings) {
        byFrameRegionAndText.merge(s.seconds() + "\n" + s.region() + "\n" + s.text(), s,
            (a, b) -> a.confidence() >= b.confidence() ? a : b);
      }
    }
    List<TextSighting> out = new ArrayList<>(byFrameRegionAndText.values());
    out.sort(Comparator.comparingDouble(TextSighting::seconds));
    return out;
  }

  /**
   * Every readable line read at {@code denser} times the options' sampling rate, at any confidence: the
   * four corners and, as often as at 1, the whole frame, as they are.
   */
  private Pass read(Path video, int denser) throws UnreadableMediaException {
    return read(video, denser, false, options.fullFrameEvery() * denser);
  }

  /** As {@link #read(Path, int)}, but the four corners only, in their {@link StillLevels}. */
  private Pass readStill(Path video, int denser) throws UnreadableMediaException {
    return read(video, denser, true, 0);
  }

  private Pass read(Path video, int denser, boolean still, int fullFrameEvery) throws UnreadableMediaException {
    List<TextSighting> sightings = new ArrayList<>();
    long[] index = {0};
    FrameReader reader = FrameReader.of(FrameSampling.perSecond(options.framesPerSecond() * denser));
    if (still) {
      FramesAround frames = new FramesAround(STILLNESS_SECONDS,
          (frame, around) -> sightings.addAll(readFrame(frame, around, index[0]++, fullFrameEvery)));
      reader.read(video, frames::add);
      frames.finish();
    } else {
      reader.read(video, frame -> sightings.addAll(readFrame(frame, List.of(), index[0]++, fullFrameEvery)));
    }
    framesRead += index[0];
    long unclear = sightings.stream().filter(s -> s.confidence() < options.minConfidence()).count();
    return new Pass(sightings, index[0], unclear);
  }

  /**
   * The lines one reading of a video found, the frames it sampled, and how many of the lines were read
   * below the minimum confidence.
   */
  private record Pass(List<TextSighting> sightings, long frames, long unclear) {}

  /** A platform logo was read, but no handle was read in enough frames to count. */
  private static boolean logoWithoutHandle(List<TextSighting> sightings) {
    return sightings.stream().anyMatch(s -> WatermarkText.logo(s.text()).isPresent())
        && WatermarkDetector.detect(sightings).isEmpty();
  }

  /** Frames sampled by all {@link #read} calls of this reader so far. */
  public long framesRead() {
    return framesRead;
  }

  /**
   * The lines read in {@code frame}'s corners (in their still levels over {@code around}, when not empty)
   * and, every {@code fullFrameEvery}-th frame, in the whole frame.
   */
  private List<TextSighting> readFrame(LumaFrame frame, List<LumaFrame> around, long index, int fullFrameEvery) {
    GreyImage image = new GreyImage(frame.width(), frame.height(), frame.luma());
    StillLevels still = around.isEmpty() ? StillLevels.of(image) : StillLevels.of(frame, around);
    Map<String, TextSighting> byRegionAndText = new LinkedHashMap<>();
    int cropWidth = (int) Math.round(frame.width() * options.cornerWidth());
    int cropHeight = (int) Math.round(frame.height() * options.cornerHeight());
    int right = frame.width() - cropWidth;
    int bottom = frame.height() - cropHeight;
    boolean both = options.bothPolarities();
    for (double scale : cornerScales(frame.width(), frame.height())) {
      for (int[] corner : new int[][] {{0, 0}, {right, 0}, {0, bottom}, {right, bottom}}) {
        readRegion(frame, still, corner[0], corner[1], cropWidth, cropHeight, scale, both, true,
            byRegionAndText);
      }
    }
    if (fullFrameEvery > 0 && index % fullFrameEvery == 0) {
      readRegion(frame, StillLevels.of(image), 0, 0, frame.width(), frame.height(), 1, true, false,
          byRegionAndText);
    }
    return List.copyOf(byRegionAndText.values());
  }

  /**
   * How much the corners of a {@code width} × {@code height} frame are enlarged: the options' upscale, more
   * for a frame whose shorter side is below {@value #TEXT_SIDE} pixels, so that text scaled down with its
   * frame is read at the size the stroke rule was measured on, up to {@value #MAX_UPSCALE} times.
   */
  private double cornerScale(int width, int height) {
    double shorter = Math.min(width, height);
    return Math.min(MAX_UPSCALE, options.upscale() * Math.max(1, TEXT_SIDE / shorter));
  }

  /**
   * The enlargements the corners are read at: {@link #cornerScale}, and where that enlarges a small frame
   * more than the options say, to {@value #SECOND_READING_SCALE} or more (and less than
   * {@value #MAX_UPSCALE}), {@value #MAX_UPSCALE} as well.
   */
  private double[] cornerScales(int width, int height) {
    double scale = cornerScale(width, height);
    boolean twice = scale > options.upscale() && scale >= SECOND_READING_SCALE && scale < MAX_UPSCALE;
    return twice ? new double[] {scale, MAX_UPSCALE} : new double[] {scale};
  }

  /**
   * Reads the crop at ({@code x}, {@code y}): light text in {@code levels}' darkest levels, dark text in its
   * lightest ({@link StillLevels}); a text mask without any stroke is not read.
   */
  private void readRegion(LumaFrame frame, StillLevels levels, int x, int y, int width, int height,
      double scale, boolean bothPolarities, boolean mirrorUnexplained, Map<String, TextSighting> out) {
    GreyImage prepared = levels.darkest().crop(x, y, width, height).upscaled(scale).stretched();
    int strokeRadius = (int) Math.ceil(scale * STROKE_SHARE * Math.min(frame.width(), frame.height()) / 2);
    StrokeRule rule = new StrokeRule(BRIGHT_TEXT, TEXT_CONTRAST, (int) Math.ceil(3 * scale), BELOW_BRIGHTEST,
        ABOVE_WIDER, strokeRadius);
    GreyImage brightText = prepared.brightTextMask(rule);
    List<GreyImage> variants = bothPolarities
        ? List.of(brightText,
            levels.lightest().crop(x, y, width, height).upscaled(scale).stretched().darkTextMask(rule))
        : List.of(brightText);
    for (GreyImage variant : variants.stream().filter(GreyImage::anyDark).toList()) {
      List<OcrLine> lines = engine.read(variant);
      keep(frame, lines, x, y, scale, -1, out);
      if (chinese != null && lines.stream().anyMatch(line -> CjkHint.present(line.text()))) {
        keep(frame, chinese.read(variant), x, y, scale, -1, out);
      }
      if (mirrorUnexplained && lines.stream().anyMatch(this::unexplained)) {
        keep(frame, engine.read(variant.mirrored()), x, y, scale, variant.width(), out);
      }
    }
  }

  /**
   * A line read clearly, of {@value #MIN_MIRRORED_LETTERS} letters or more, that holds no platform logo and no
   * handle: it may be a watermark a re-poster flipped along with the picture, which Tesseract reads as
   * look-alike letters in reverse order ("emsp.niyuobs" for a mirrored "@douyin.gems").
   */
  private boolean unexplained(OcrLine line) {
    String text = LineText.clean(line.text());
    return line.confidence() >= options.minConfidence() && LineText.isReadable(text)
        && text.codePoints().filter(Character::isLetterOrDigit).count() >= MIN_MIRRORED_LETTERS
        && WatermarkText.logo(text).isEmpty() && WatermarkText.handles(text).isEmpty();
  }

  /**
   * Keeps the readable lines as sightings, at any confidence; {@code mirroredWidth} is the width of the
   * image the lines were read in when it was the crop flipped left to right (their positions are flipped
   * back), else -1.
   */
  private void keep(LumaFrame frame, List<OcrLine> lines, int x, int y, double scale, int mirroredWidth,
      Map<String, TextSighting> out) {
    for (OcrLine line : lines) {
      String text = LineText.clean(line.text());
      if (!LineText.isReadable(text)) {
        continue;
      }
      double lineCentre = (line.left() + line.right()) / 2.0;
      double centreX = x + (mirroredWidth < 0 ? lineCentre : mirroredWidth - lineCentre) / scale;
      double centreY = y + (line.top() + line.bottom()) / 2.0 / scale;
      String region = ScreenPosition.of(centreX, centreY, frame.width(), frame.height());
      TextSighting sighting = new TextSighting(frame.timestampSeconds(), region, text, line.confidence());
      out.merge(region + "\n" + text, sighting, (a, b) -> a.confidence() >= b.confidence() ? a : b);
    }
  }

  /**
   * Whether a line read at {@code confidence} is kept: at the options' minimum, or from
   * {@value #WATERMARK_LINE_CONFIDENCE} when it shows a platform logo and a handle of more than
   * {@link WatermarkText#MIN_STAMP_LENGTH} characters. A short handle read that unsurely is too often a
   * fragment of a longer one ("@500" beside "@soo.woo.26", watermark evaluation). The line is parsed only
   * when it falls below the minimum.
   */
  boolean clearEnough(float confidence, String text) {
    if (confidence >= options.minConfidence()) {
      return true;
    }
    return confidence >= WATERMARK_LINE_CONFIDENCE && WatermarkText.logo(text).isPresent()
        && WatermarkText.handles(text).stream()
            .anyMatch(h -> h.text().codePointCount(0, h.text().length()) > WatermarkText.MIN_STAMP_LENGTH);
  }

  @Override
  public void close() {
    engine.close();
    if (chinese != null) {
      chinese.close();
    }
  }
}
