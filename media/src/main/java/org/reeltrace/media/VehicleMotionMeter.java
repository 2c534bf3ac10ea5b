package org.reeltrace.media;

import java.nio.file.Path;
import java.util.List;

/**
 * Measures the moving-vehicle signature of a clip: a steady sideways slide of the scene (the view from
 * a bus or train window) while a window frame, pillar or seat stays still in the picture.
 *
 * <p>Frames are sampled at {@value #FRAMES_PER_SECOND} per second and area-averaged so that their
 * longer side is {@value #ANALYSIS_SIDE} pixels. Thread-safe and stateless.
 */
public final class VehicleMotionMeter {
  /*
   * Design. (1) Global motion between consecutive samples by block matching (GlobalShift). A pair is
   * "lateral" when the scene moved horizontally by at least MIN_WIDTHS_PER_SECOND of the frame width
   * per second, the vertical shift is small against the horizontal one, the best shift explains most of
   * the change (residual below MAX_RESIDUAL of the no-shift cost) and the left and right halves do not
   * move in opposite directions (as in a zoom; a static pillar may pin one half to 0, which is fine).
   * Lateral pairs in the clip's majority direction count as consistent.
   * (2) Static share. For pairs of samples far enough apart that the scene moved by at least
   * MIN_SPAN_WIDTHS of the width, each pixel is compared with itself (the static hypothesis) and with
   * the pixel the global motion brings to it (the moving hypothesis). A pixel where the static
   * difference is small and the moving difference large is static; the opposite is moving; pixels
   * where both are small (sky, a flat wall, the inside of a uniform bar) say nothing and are left out.
   * Using far-apart pairs makes the inside of a window bar wider than one frame step informative.
   * Under horizontal motion a horizontal bar (sill, roof edge) is as uninformative as a flat sky, so the
   * share counts vertical structure (pillars, the sides of a window frame): 0.05-0.3 through a window,
   * below 0.02 for a plain pan in our generated clips. The picture's centre is left out: it is what
   * stays still in a zoom.
   * (3) Speed floor: from a vehicle at 30 km/h, roadside objects 50-200 m away cross a phone's ~65°
   * field of view at 0.04-0.15 widths per second; slower drifts are left to the hand-held and zoom cases.
   * (4) Structure: a still pixel counts only in a row or column of which at least STRUCTURE_SHARE of
   * the picture's width or height is still, since window frames and pillars span the picture while
   * burnt-in watermarks and captions, also still, are short sparse patches.
   */
  static final double FRAMES_PER_SECOND = 4;
  static final int ANALYSIS_SIDE = 160;
  private static final double MIN_WIDTHS_PER_SECOND = 0.04;
  private static final double MAX_RESIDUAL = 0.9;
  private static final double MIN_SPAN_WIDTHS = 0.08;
  private static final int STILL = 6;
  private static final int CHANGED = 18;
  private static final double STRUCTURE_SHARE = 0.6;

  private final FrameReader reader =
      FrameReader.of(FrameSampling.perSecond(FRAMES_PER_SECOND)).fittedWithin(ANALYSIS_SIDE);

  /**
   * Measures {@code video}.
   *
   * @throws UnreadableMediaException when the file cannot be decoded as a video
   */
  public VehicleMotion measure(Path video) throws UnreadableMediaException {
    int sourceWidth = new VideoProbe().probe(video).width();
    List<LumaFrame> frames = reader.readAll(video);
    return measure(frames, sourceWidth);
  }

  /**
   * Measures already decoded small frames (in presentation order, all the same size, a few per second).
   *
   * @param sourceWidth width of the video the frames were decoded from, to state speeds in its pixels
   */
  VehicleMotion measure(List<LumaFrame> frames, int sourceWidth) {
    if (frames.size() < 2) {
      return VehicleMotion.none(0);
    }
    int w = frames.get(0).width();
    double scale = (double) sourceWidth / w;
    int pairs = frames.size() - 1;
    double seconds = frames.get(pairs).timestampSeconds() - frames.get(0).timestampSeconds();
    GlobalShift[] shifts = new GlobalShift[pairs];
    boolean[] lateral = new boolean[pairs];
    double[] speed = new double[pairs];
    int rightward = 0;
    int leftward = 0;
    for (int i = 0; i < pairs; i++) {
      LumaFrame a = frames.get(i);
      LumaFrame b = frames.get(i + 1);
      GlobalShift shift = GlobalShift.between(a, b);
      shifts[i] = shift;
      double dt = Math.max(1e-3, b.timestampSeconds() - a.timestampSeconds());
      speed[i] = shift.dx() / dt;
      double absDx = Math.abs(shift.dx());
      lateral[i] = Math.abs(speed[i]) >= MIN_WIDTHS_PER_SECOND * w
          && absDx >= 0.5
          && Math.abs(shift.dy()) <= 0.5 * absDx + 0.5
          && shift.residualRatio() <= MAX_RESIDUAL
          && !shift.halvesDiverge();
      if (lateral[i]) {
        if (shift.dx() > 0) {
          rightward++;
        } else {
          leftward++;
        }
      }
    }
    int direction = rightward >= leftward ? 1 : -1;
    int consistent = 0;
    double speedSum = 0;
    double run = 0;
    double longestRun = 0;
    for (int i = 0; i < pairs; i++) {
      if (lateral[i] && Math.signum(shifts[i].dx()) == direction) {
        consistent++;
        speedSum += Math.abs(speed[i]);
        run += frames.get(i + 1).timestampSeconds() - frames.get(i).timestampSeconds();
        longestRun = Math.max(longestRun, run);
      } else {
        run = 0;
      }
    }
    double meanSpeed = consistent == 0 ? 0 : speedSum / consistent;
    double staticShare = staticShare(frames, shifts);
    return new VehicleMotion(Math.max(0, seconds), pairs, (double) consistent / pairs, longestRun,
        meanSpeed * scale, meanSpeed / w, staticShare);
  }

  /** See the design note, part (2). */
  static double staticShare(List<LumaFrame> frames, GlobalShift[] shifts) {
    int w = frames.get(0).width();
    int h = frames.get(0).height();
    double[] cumX = new double[frames.size()];
    int[] cumY = new int[frames.size()];
    for (int i = 0; i < shifts.length; i++) {
      cumX[i + 1] = cumX[i] + shifts[i].dx();
      cumY[i + 1] = cumY[i] + shifts[i].dy();
    }
    double minSpan = Math.max(3, MIN_SPAN_WIDTHS * w);
    long[] stillSum = new long[w * h];
    long[] movedSum = new long[w * h];
    int[] count = new int[w * h];
    for (int i = 0; i < frames.size(); i++) {
      int j = i + 1;
      while (j < frames.size() && Math.abs(cumX[j] - cumX[i]) < minSpan) {
        j++;
      }
      if (j >= frames.size() || Math.abs(cumX[j] - cumX[i]) > w / 2.0) {
        continue;
      }
      accumulate(frames.get(i), frames.get(j), (int) Math.round(cumX[j] - cumX[i]), cumY[j] - cumY[i],
          stillSum, movedSum, count);
    }
    boolean[] isStill = new boolean[w * h];
    int[] rowStill = new int[h];
    int[] colStill = new int[w];
    int moving = 0;
    for (int p = 0; p < count.length; p++) {
      if (count[p] == 0 || inCentre(p % w, p / w, w, h)) {
        continue;
      }
      double s = (double) stillSum[p] / count[p];
      double m = (double) movedSum[p] / count[p];
      if (s <= STILL && m >= CHANGED) {
        isStill[p] = true;
        rowStill[p / w]++;
        colStill[p % w]++;
      } else if (m <= STILL * 1.5 && s >= CHANGED / 2.0 || m < 0.5 * s && s >= CHANGED / 2.0) {
        moving++;
      }
    }
    // Part (4): only still pixels in a row or column with much still in it count. A window frame, pillar
    // or seat back spans the picture; a burnt-in watermark or caption (static too) is a short patch.
    int still = 0;
    int stillAny = 0;
    for (int p = 0; p < isStill.length; p++) {
      if (isStill[p]) {
        stillAny++;
        int row = p / w;
        int col = p % w;
        if (rowStill[row] >= STRUCTURE_SHARE * w || colStill[col] >= STRUCTURE_SHARE * h) {
          still++;
        }
      }
    }
    int classified = stillAny + moving;
    return classified == 0 ? 0 : (double) still / classified;
  }

  /** The middle 30 % × 30 % of the picture, which stays still in a zoom and says nothing about a window. */
  private static boolean inCentre(int x, int y, int w, int h) {
    return x >= 0.35 * w && x < 0.65 * w && y >= 0.35 * h && y < 0.65 * h;
  }

  /**
   * Adds, for each pixel p, the static difference |b(p) - a(p)| and the larger of the two moving
   * differences |b(p) - a(p - d)| and |a(p) - b(p + d)| (where inside the frame): looking both ways
   * makes a static part informative on both sides, including the side the scene emerges from behind it.
   */
  private static void accumulate(LumaFrame a, LumaFrame b, int dx, int dy, long[] stillSum, long[] movedSum, int[] count) {
    int w = a.width();
    int h = a.height();
    byte[] pa = a.luma();
    byte[] pb = b.luma();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int p = y * w + x;
        int av = pa[p] & 0xff;
        int bv = pb[p] & 0xff;
        int moved = -1;
        int bx = x - dx;
        int by = y - dy;
        if (bx >= 0 && bx < w && by >= 0 && by < h) {
          moved = Math.abs(bv - (pa[by * w + bx] & 0xff));
        }
        int fx = x + dx;
        int fy = y + dy;
        if (fx >= 0 && fx < w && fy >= 0 && fy < h) {
          moved = Math.max(moved, Math.abs(av - (pb[fy * w + fx] & 0xff)));
        }
        if (moved >= 0) {
          stillSum[p] += Math.abs(bv - av);
          movedSum[p] += moved;
          count[p]++;
        }
      }
    }
  }
}
