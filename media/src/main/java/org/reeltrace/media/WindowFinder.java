package org.reeltrace.media;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds where one video's whole picture appears inside another video's picture: the window of an
 * original that a cropped copy kept, or the inset of a picture-in-picture copy that shows the
 * original. Both are the same question, "which rectangle of the container's picture looks like the
 * whole of the other picture", asked over a few frames taken at the same times of both videos.
 *
 * <p>Thread-safe (no state).
 */
public final class WindowFinder {
  /*
   * Why registration instead of more hashes: PDQ is too sensitive to shifts for a grid of window
   * hashes. Hashing a 0.8 window and the same window moved by 1 % of the frame diagonally differs by
   * 33-56 bits, by 2 % 61-104 bits; scaling it by 0.96 costs 33-58 bits (measured on five corpus
   * sources at 256 px). A grid dense enough to land within the 48-bit match threshold of any crop
   * would need well under 1 % steps in four parameters. So the window is found by normalised
   * cross-correlation of small grey thumbnails (robust to the brightness and contrast changes of
   * re-uploads), coarse grid first, then coordinate descent to a fraction of a pixel, and the
   * container's window is hashed with PDQ and aligned as usual, which keeps the aligner's time
   * consistency as the judge of whether the window really is a copy.
   *
   * Limits: frames are paired at equal times (over the time both videos have), so the search
   * assumes the copy keeps the original's timing (a cropped or inset copy that is also trimmed or
   * sped up is found only where the paired frames still show similar pictures). Windows keep the
   * picture's aspect within a factor of MAX_ASPECT_CHANGE, and a mirrored crop is not searched.
   */
  static final double MIN_SIDE = 0.25;
  static final double MAX_SIDE = 0.98;
  static final double MAX_ASPECT_CHANGE = 1.4;
  static final int PAIRS = 6;
  /** Mean correlation a window needs before it is worth hashing. */
  static final double MIN_CORRELATION = 0.5;
  /** Coarse-grid correlation a candidate needs to be refined (thumbnails of 12 samples correlate less). */
  static final double MIN_COARSE_CORRELATION = 0.3;
  private static final double COARSE_STEP = 0.05;
  private static final double COARSE_SHIFT = 0.01;
  private static final double COARSE_SHIFT_OF_SIDE = 0.06;
  private static final int COARSE_WIDTH = 12;
  private static final int COARSE_CONTAINER = 64;
  private static final int FINE_WIDTH = 48;
  private static final int FINE_CONTAINER = 128;
  private static final int CANDIDATES = 6;
  private static final double MIN_DEVIATION = 6.0;

  /**
   * The window of {@code container}'s picture that shows {@code whole}'s picture, or empty when no
   * window correlates well enough (or the best is the whole picture).
   */
  public Optional<PictureWindow> find(SampledVideo whole, SampledVideo container) {
    List<Pair> coarse = new ArrayList<>();
    List<Pair> fine = new ArrayList<>();
    List<LumaFrame> containerPictures = container.pictures();
    if (containerPictures.isEmpty()) {
      return Optional.empty();
    }
    double last = containerPictures.get(containerPictures.size() - 1).timestampSeconds() + 0.5;
    List<LumaFrame> overlap = whole.pictures().stream().filter(p -> p.timestampSeconds() <= last).toList();
    for (LumaFrame w : spread(overlap)) {
      LumaFrame c = nearest(container.pictures(), w.timestampSeconds());
      if (c == null) {
        continue;
      }
      if (fine.size() % 2 == 0) {
        coarse.add(pair(w, c, COARSE_WIDTH, COARSE_CONTAINER));
      }
      fine.add(pair(w, c, FINE_WIDTH, FINE_CONTAINER));
    }
    if (coarse.isEmpty()) {
      return Optional.empty();
    }
    double wholeAspect = (double) whole.crop().width() / whole.crop().height();
    double containerAspect = (double) container.crop().width() / container.crop().height();
    List<Scored> best = new ArrayList<>();
    for (double w = MIN_SIDE; w <= MAX_SIDE + 1e-9; w += COARSE_STEP) {
      for (double h = MIN_SIDE; h <= MAX_SIDE + 1e-9; h += COARSE_STEP) {
        double aspect = w * containerAspect / h / wholeAspect;
        if (aspect > MAX_ASPECT_CHANGE || aspect < 1 / MAX_ASPECT_CHANGE) {
          continue;
        }
        double stepX = Math.max(COARSE_SHIFT, COARSE_SHIFT_OF_SIDE * w);
        double stepY = Math.max(COARSE_SHIFT, COARSE_SHIFT_OF_SIDE * h);
        for (double x = 0; x + w <= 1 + 1e-9; x += stepX) {
          for (double y = 0; y + h <= 1 + 1e-9; y += stepY) {
            double s = score(coarse, x, y, w, h);
            if (best.size() < CANDIDATES || s > best.get(best.size() - 1).score) {
              keep(best, new Scored(x, y, w, h, s));
            }
          }
        }
      }
    }
    Scored found = null;
    for (Scored candidate : best) {
      if (candidate.score < MIN_COARSE_CORRELATION) {
        continue;
      }
      Scored refined = refine(fine, candidate);
      if (found == null || refined.score > found.score) {
        found = refined;
      }
    }
    if (found == null || found.score < MIN_CORRELATION || (found.w > MAX_SIDE && found.h > MAX_SIDE)) {
      return Optional.empty();
    }
    return Optional.of(new PictureWindow(found.x, found.y, found.w, found.h));
  }

  /** Mean correlation of the window over the pairs (the last field is the correlation). */
  private record Scored(double x, double y, double w, double h, double score) {
  }

  /** A zero-mean unit-norm thumbnail of the whole picture and a float plane of the container picture. */
  private record Pair(float[] template, int tw, int th, float[] container, int cw, int ch) {
  }

  /** Keeps the best {@link #CANDIDATES}, dropping a near duplicate of a better one. */
  private static void keep(List<Scored> best, Scored s) {
    for (int i = 0; i < best.size(); i++) {
      Scored b = best.get(i);
      if (Math.abs(b.x - s.x) < 0.04 && Math.abs(b.y - s.y) < 0.04 && Math.abs(b.w - s.w) < 0.07
          && Math.abs(b.h - s.h) < 0.07) {
        if (s.score > b.score) {
          best.set(i, s);
          best.sort(Comparator.comparingDouble(Scored::score).reversed());
        }
        return;
      }
    }
    best.add(s);
    best.sort(Comparator.comparingDouble(Scored::score).reversed());
    if (best.size() > CANDIDATES) {
      best.remove(best.size() - 1);
    }
  }

  /** Coordinate descent on the four sides, steps from 1 % down to 0.05 % of the picture. */
  private static Scored refine(List<Pair> pairs, Scored start) {
    double[] p = {start.x, start.y, start.w, start.h};
    double current = score(pairs, p[0], p[1], p[2], p[3]);
    for (double step = 0.01; step >= 0.0005; step /= 2) {
      boolean moved = true;
      for (int round = 0; moved && round < 20; round++) {
        moved = false;
        for (int k = 0; k < 4; k++) {
          for (int sign = -1; sign <= 1; sign += 2) {
            double[] q = p.clone();
            q[k] += sign * step;
            if (q[0] < 0 || q[1] < 0 || q[2] < MIN_SIDE / 2 || q[3] < MIN_SIDE / 2 || q[0] + q[2] > 1
                || q[1] + q[3] > 1) {
              continue;
            }
            double s = score(pairs, q[0], q[1], q[2], q[3]);
            if (s > current) {
              current = s;
              p = q;
              moved = true;
            }
          }
        }
      }
    }
    return new Scored(p[0], p[1], p[2], p[3], current);
  }

  private static double score(List<Pair> pairs, double x, double y, double w, double h) {
    double sum = 0;
    for (Pair pair : pairs) {
      sum += correlation(pair, x, y, w, h);
    }
    return sum / pairs.size();
  }

  /** Normalised cross-correlation of the template with the bilinear samples of the container's window. */
  private static double correlation(Pair p, double x, double y, double w, double h) {
    int n = p.tw * p.th;
    double sum = 0;
    double sumSq = 0;
    double dot = 0;
    for (int j = 0; j < p.th; j++) {
      double sy = (y + (j + 0.5) * h / p.th) * p.ch - 0.5;
      int y0 = Math.max(0, Math.min(p.ch - 2, (int) Math.floor(sy)));
      double fy = Math.max(0, Math.min(1, sy - y0));
      for (int i = 0; i < p.tw; i++) {
        double sx = (x + (i + 0.5) * w / p.tw) * p.cw - 0.5;
        int x0 = Math.max(0, Math.min(p.cw - 2, (int) Math.floor(sx)));
        double fx = Math.max(0, Math.min(1, sx - x0));
        int a = y0 * p.cw + x0;
        double top = p.container[a] + fx * (p.container[a + 1] - p.container[a]);
        double bottom = p.container[a + p.cw] + fx * (p.container[a + p.cw + 1] - p.container[a + p.cw]);
        double v = top + fy * (bottom - top);
        sum += v;
        sumSq += v * v;
        dot += v * p.template[j * p.tw + i];
      }
    }
    double variance = sumSq - sum * sum / n;
    return variance <= 1e-6 ? 0 : dot / Math.sqrt(variance);
  }

  private static Pair pair(LumaFrame whole, LumaFrame container, int templateWidth, int containerWidth) {
    int tw = Math.min(templateWidth, whole.width());
    int th = Math.max(2, Math.min(whole.height(), (int) Math.round(tw * (double) whole.height() / whole.width())));
    float[] t = new float[tw * th];
    new AreaScaler(whole.width(), whole.height(), tw, th).scale(whole.luma(), t);
    double mean = 0;
    for (float v : t) {
      mean += v;
    }
    mean /= t.length;
    double norm = 0;
    for (int i = 0; i < t.length; i++) {
      t[i] -= (float) mean;
      norm += t[i] * t[i];
    }
    float scale = (float) (1 / Math.sqrt(Math.max(norm, 1e-6)));
    for (int i = 0; i < t.length; i++) {
      t[i] *= scale;
    }
    int cw = Math.max(2, Math.min(containerWidth, container.width()));
    int ch = Math.max(2, Math.min(container.height(),
        (int) Math.round(cw * (double) container.height() / container.width())));
    float[] c = new float[cw * ch];
    new AreaScaler(container.width(), container.height(), cw, ch).scale(container.luma(), c);
    return new Pair(t, tw, th, c, cw, ch);
  }

  /** Up to {@link #PAIRS} pictures spread over the video, leaving out flat ones. */
  private static List<LumaFrame> spread(List<LumaFrame> pictures) {
    List<LumaFrame> textured = pictures.stream().filter(p -> deviation(p) >= MIN_DEVIATION).toList();
    List<LumaFrame> out = new ArrayList<>();
    int n = Math.min(PAIRS, textured.size());
    for (int i = 0; i < n; i++) {
      out.add(textured.get((int) ((i + 0.5) * textured.size() / n)));
    }
    return out;
  }

  private static LumaFrame nearest(List<LumaFrame> pictures, double seconds) {
    LumaFrame best = null;
    for (LumaFrame p : pictures) {
      if (best == null
          || Math.abs(p.timestampSeconds() - seconds) < Math.abs(best.timestampSeconds() - seconds)) {
        best = p;
      }
    }
    return best;
  }

  private static double deviation(LumaFrame p) {
    double sum = 0;
    double sumSq = 0;
    byte[] luma = p.luma();
    for (byte b : luma) {
      int v = b & 0xff;
      sum += v;
      sumSq += (double) v * v;
    }
    double mean = sum / luma.length;
    return Math.sqrt(Math.max(0, sumSq / luma.length - mean * mean));
  }
}
