package org.reeltrace.media;

/**
 * The translation that best maps one small luma frame onto the next, found by exhaustive block
 * matching over the frame's interior.
 *
 * @param dx            horizontal shift of the scene in pixels (positive: content moved right), sub-pixel
 * @param dy            vertical shift in whole pixels
 * @param residualRatio matching cost at the best shift over the cost at no shift (1 when nothing moved)
 * @param leftDx        whole-pixel horizontal shift of the left half alone
 * @param rightDx       whole-pixel horizontal shift of the right half alone
 */
record GlobalShift(double dx, int dy, double residualRatio, int leftDx, int rightDx) {
  /*
   * Block matching with a truncated absolute difference (truncation at 48 grey levels keeps a static
   * overlay or a passing object from outvoting the scene), on every second sample of a fixed interior
   * window so every candidate shift compares the same pixels. The sub-pixel offset comes from a
   * parabola through the costs at the best integer shift and its two neighbours (the usual refinement
   * of block-matching motion estimation). The left/right split is the same 1-D search on each half: a
   * zoom moves the halves apart (opposite signs), while a static pillar or frame may pin one half to 0.
   * Only samples that changed between the two frames (by more than CHANGED grey levels at no shift)
   * take part: a static window frame or pillar would otherwise pull the estimate towards 0 and, over a
   * smooth scene, dominate the residual.
   */
  private static final int TRUNCATE = 48;
  private static final int CHANGED = 4;
  private static final double MIN_CHANGED_SHARE = 0.02;

  static GlobalShift between(LumaFrame a, LumaFrame b) {
    int w = a.width();
    int h = a.height();
    int rx = Math.max(2, w / 5);
    int ry = Math.max(1, h / 10);
    boolean[] changed = new boolean[w * h];
    int changedCount = 0;
    int samples = 0;
    for (int y = ry; y < h - ry; y++) {
      for (int x = rx; x < w - rx; x++) {
        int p = y * w + x;
        changed[p] = Math.abs((a.luma()[p] & 0xff) - (b.luma()[p] & 0xff)) > CHANGED;
        changedCount += changed[p] ? 1 : 0;
        samples++;
      }
    }
    if (changedCount < MIN_CHANGED_SHARE * samples) {
      return new GlobalShift(0, 0, 1, 0, 0);
    }
    double best = Double.MAX_VALUE;
    int bestX = 0;
    int bestY = 0;
    for (int dy = -ry; dy <= ry; dy++) {
      for (int dx = -rx; dx <= rx; dx++) {
        double cost = cost(a, b, changed, dx, dy, rx, w - rx, ry);
        if (cost < best || cost == best && Math.abs(dx) + Math.abs(dy) < Math.abs(bestX) + Math.abs(bestY)) {
          best = cost;
          bestX = dx;
          bestY = dy;
        }
      }
    }
    double zero = cost(a, b, changed, 0, 0, rx, w - rx, ry);
    double dx = bestX + subPixel(a, b, changed, bestX, bestY, rx, w - rx, ry, best);
    int left = bestX1d(a, b, changed, bestY, rx, w / 2, ry, rx);
    int right = bestX1d(a, b, changed, bestY, w / 2, w - rx, ry, rx);
    double ratio = zero <= 0 ? 1 : Math.min(1, best / zero);
    return new GlobalShift(dx, bestY, ratio, left, right);
  }

  /** True when the halves move in opposite directions (by a pixel or more each), as in a zoom. */
  boolean halvesDiverge() {
    return Integer.signum(leftDx) * Integer.signum(rightDx) < 0;
  }

  private static double subPixel(LumaFrame a, LumaFrame b, boolean[] changed, int x, int y, int x0, int x1, int ry, double centre) {
    int rx = Math.max(2, a.width() / 5);
    if (Math.abs(x) >= rx) {
      return 0;
    }
    double minus = cost(a, b, changed, x - 1, y, x0, x1, ry);
    double plus = cost(a, b, changed, x + 1, y, x0, x1, ry);
    double curvature = minus - 2 * centre + plus;
    return curvature <= 0 ? 0 : Math.max(-0.5, Math.min(0.5, (minus - plus) / (2 * curvature)));
  }

  private static int bestX1d(LumaFrame a, LumaFrame b, boolean[] changed, int dy, int x0, int x1, int ry, int rx) {
    double best = Double.MAX_VALUE;
    int bestX = 0;
    for (int dx = -rx; dx <= rx; dx++) {
      double cost = cost(a, b, changed, dx, dy, x0, x1, ry);
      if (cost < best) {
        best = cost;
        bestX = dx;
      }
    }
    return bestX;
  }

  /**
   * Mean truncated |a(x, y) - b(x + dx, y + dy)| over the changed samples among columns x0..x1 and rows
   * ry..h-ry, every second sample.
   */
  private static double cost(LumaFrame a, LumaFrame b, boolean[] changed, int dx, int dy, int x0, int x1, int ry) {
    int w = a.width();
    byte[] pa = a.luma();
    byte[] pb = b.luma();
    long sum = 0;
    int n = 0;
    for (int y = ry; y < a.height() - ry; y += 2) {
      int rowA = y * w;
      int rowB = (y + dy) * w + dx;
      for (int x = x0; x < x1; x += 2) {
        if (!changed[rowA + x]) {
          continue;
        }
        int d = Math.abs((pa[rowA + x] & 0xff) - (pb[rowB + x] & 0xff));
        sum += Math.min(d, TRUNCATE);
        n++;
      }
    }
    return n == 0 ? 0 : (double) sum / n;
  }
}
