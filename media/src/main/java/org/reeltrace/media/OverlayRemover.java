package org.reeltrace.media;

import java.util.ArrayList;
import java.util.List;

/**
 * Paints over the overlays a re-poster burns into a video (a handle, a platform logo, a caption box, a
 * download watermark) so that the picture underneath can be compared with its source: the overlay's
 * samples are replaced by the mean of the footage around them.
 *
 * <p>An overlay is told from footage by two facts together: it stands still while the footage around it
 * moves, and it has sharp edges (text, box borders). Each picture is judged within the windows of
 * {@value #WINDOW_SECONDS} seconds of sampled pictures ending and starting at it, since a platform logo
 * jumps from corner to corner during a clip. A picture whose footage itself barely moves (a still shot)
 * is left as it is: there, standing still says nothing.
 *
 * <p>Not thread-safe; one instance per thread.
 */
public final class OverlayRemover {
  /** The side of the square grid on which overlays are found and painted over. */
  static final int GRID = 128;
  /** Seconds of sampled pictures over which standing still is judged (slow clouds need two). */
  static final double WINDOW_SECONDS = 2.0;
  /** Fewer sampled pictures than this in the whole video: too few to judge, nothing is painted. */
  static final int MIN_FRAMES = 5;
  /**
   * Median standard deviation over time (luma levels, 0..255) below which the footage counts as still
   * and nothing is painted.
   */
  static final float STILL_FOOTAGE = 4f;
  /** A grid cell stands still when its deviation over time is under this share of the median cell's... */
  static final float STILL_SHARE = 0.15f;
  /** ...or under this many luma levels (compression noise on an overlay). */
  static final float STILL_LEVELS = 2f;
  /** Difference between neighbouring cells (luma levels) that counts as an edge. */
  static final float EDGE_LEVELS = 12f;
  /** Cells an edge reaches out to, and then the found overlay, in each direction. */
  static final int GROW_CELLS = 2;
  /** The largest still area, as a share of the picture, that is painted over whole (a logo box's inside). */
  static final double MAX_FILLED_SHARE = 0.05;
  /** Cells around an overlay cell whose footage is averaged to paint it. */
  static final int FILL_RADIUS = 8;

  /*
   * Why: PDQ hashes the whole picture, and on low-contrast footage (a cloudy sky, dark animation) an
   * opaque logo box or a caption moves the hash 60-95 bits from its source, beyond any safe match
   * distance. In the lineage evaluation's unmatched pairs (docs/benchmarks.md), painting the found
   * overlays over brought a cloud clip with logo, handle and caption from 94 to 30 bits of its source,
   * while unrelated pairs stayed 119-124 bits apart. The thresholds were set on that prototype.
   */

  private AreaScaler scaler;

  /**
   * {@code video}'s pictures with the overlays found painted over, of the same size and times; pictures
   * with nothing found are the same objects.
   */
  public SampledVideo paintOver(SampledVideo video) {
    List<LumaFrame> pictures = video.pictures();
    int n = pictures.size();
    if (n < MIN_FRAMES) {
      return video;
    }
    LumaFrame first = pictures.get(0);
    if (scaler == null || !scaler.fits(first.width(), first.height())) {
      scaler = new AreaScaler(first.width(), first.height(), GRID, GRID);
    }
    double span = pictures.get(n - 1).timestampSeconds() - first.timestampSeconds();
    double perSecond = span > 0 ? (n - 1) / span : n;
    int window = (int) Math.min(n, Math.max(MIN_FRAMES, Math.round(WINDOW_SECONDS * perSecond)));
    // grids and masks are made when first needed and dropped when no later picture needs them, so a long
    // video holds only a few windows' worth
    float[][] grids = new float[n][];
    boolean[][] masks = new boolean[n - window + 1][];
    List<LumaFrame> painted = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      // the windows ending and starting at this picture: a logo that jumps corner to corner stands
      // still in one of them, unless it stays less than a window in one place
      int ending = firstOfWindowEndingAt(i, window, n);
      int starting = Math.min(i, n - window);
      for (int start : new int[] {ending, starting}) {
        if (masks[start] == null) {
          for (int f = start; f < start + window; f++) {
            if (grids[f] == null) {
              grids[f] = new float[GRID * GRID];
              scaler.scale(pictures.get(f).luma(), grids[f]);
            }
          }
          masks[start] = overlayMask(grids, start, window);
        }
      }
      painted.add(paint(pictures.get(i), grids[i], union(masks[ending], masks[starting])));
      int stillNeeded = Math.min(i + 1, firstOfWindowEndingAt(i + 1, window, n));
      for (int f = Math.max(0, stillNeeded - window); f < stillNeeded; f++) {
        grids[f] = null;
        if (f < masks.length) {
          masks[f] = null;
        }
      }
    }
    return new SampledVideo(painted, video.crop(), video.frameWidth(), video.frameHeight(), video.sampledFrames(),
        video.warning(), video.withoutFlatEdges(), video.edges());
  }

  /** The first picture of the window of {@code window} pictures that ends at picture {@code i}, within the video. */
  private static int firstOfWindowEndingAt(int i, int window, int n) {
    return Math.max(0, Math.min(i - window + 1, n - window));
  }

  /** The grid cells that stand still and lie on or next to an edge within pictures start..start+count-1. */
  static boolean[] overlayMask(float[][] grids, int start, int count) {
    int cells = GRID * GRID;
    float[] mean = new float[cells];
    float[] deviation = new float[cells];
    for (int c = 0; c < cells; c++) {
      double sum = 0;
      double squares = 0;
      for (int f = start; f < start + count; f++) {
        float v = grids[f][c];
        sum += v;
        squares += (double) v * v;
      }
      double m = sum / count;
      mean[c] = (float) m;
      deviation[c] = (float) Math.sqrt(Math.max(0, squares / count - m * m));
    }
    float median = smallest(deviation.clone(), cells / 2);
    boolean[] mask = new boolean[cells];
    if (median < STILL_FOOTAGE) {
      return mask;
    }
    boolean[] edge = new boolean[cells];
    for (int y = 0; y < GRID; y++) {
      for (int x = 0; x < GRID; x++) {
        int c = y * GRID + x;
        float right = x + 1 < GRID ? Math.abs(mean[c + 1] - mean[c]) : 0;
        float down = y + 1 < GRID ? Math.abs(mean[c + GRID] - mean[c]) : 0;
        edge[c] = Math.max(right, down) > EDGE_LEVELS;
      }
    }
    boolean[] nearEdge = grow(edge, GROW_CELLS);
    float threshold = Math.max(STILL_LEVELS, STILL_SHARE * median);
    boolean[] still = new boolean[cells];
    for (int c = 0; c < cells; c++) {
      still[c] = deviation[c] < threshold;
      mask[c] = nearEdge[c] && still[c];
    }
    return grow(withEnclosedStillness(mask, still), GROW_CELLS);
  }

  /**
   * {@code mask} with each small still area it touches added whole: the inside of an opaque logo box
   * has no edge, only its border does. An area larger than {@value #MAX_FILLED_SHARE} of the picture is
   * still footage (a dark background), not an overlay, and is not added.
   */
  static boolean[] withEnclosedStillness(boolean[] mask, boolean[] still) {
    boolean[] out = mask.clone();
    boolean[] seen = new boolean[mask.length];
    int[] queue = new int[mask.length];
    int largest = (int) (MAX_FILLED_SHARE * mask.length);
    for (int start = 0; start < mask.length; start++) {
      if (!mask[start] || seen[start]) {
        continue;
      }
      // the still area (4-connected) around this masked cell
      int head = 0;
      int tail = 0;
      queue[tail++] = start;
      seen[start] = true;
      while (head < tail) {
        int c = queue[head++];
        int x = c % GRID;
        int y = c / GRID;
        for (int next : new int[] {x > 0 ? c - 1 : -1, x + 1 < GRID ? c + 1 : -1, y > 0 ? c - GRID : -1,
            y + 1 < GRID ? c + GRID : -1}) {
          if (next >= 0 && !seen[next] && still[next]) {
            seen[next] = true;
            queue[tail++] = next;
          }
        }
      }
      if (tail <= largest) {
        for (int i = 0; i < tail; i++) {
          out[queue[i]] = true;
        }
      }
    }
    return out;
  }

  private static boolean[] union(boolean[] a, boolean[] b) {
    if (a == b) {
      return a;
    }
    boolean[] out = new boolean[a.length];
    for (int c = 0; c < a.length; c++) {
      out[c] = a[c] || b[c];
    }
    return out;
  }

  /**
   * The {@code k}-th smallest of {@code values} (0-based; the values are reordered): Hoare's selection,
   * partitioning around the middle element until {@code k} is in place, linear time on average.
   */
  static float smallest(float[] values, int k) {
    int low = 0;
    int high = values.length - 1;
    while (low < high) {
      float pivot = values[(low + high) >>> 1];
      int i = low;
      int j = high;
      while (i <= j) {
        while (values[i] < pivot) {
          i++;
        }
        while (values[j] > pivot) {
          j--;
        }
        if (i <= j) {
          float swap = values[i];
          values[i] = values[j];
          values[j] = swap;
          i++;
          j--;
        }
      }
      if (k <= j) {
        high = j;
      } else if (k >= i) {
        low = i;
      } else {
        return values[k];
      }
    }
    return values[k];
  }

  /** {@code cells} with every set cell's square neighbourhood of radius {@code radius} set too. */
  static boolean[] grow(boolean[] cells, int radius) {
    boolean[] rows = new boolean[cells.length];
    for (int y = 0; y < GRID; y++) {
      for (int x = 0; x < GRID; x++) {
        if (cells[y * GRID + x]) {
          for (int dx = Math.max(0, x - radius); dx <= Math.min(GRID - 1, x + radius); dx++) {
            rows[y * GRID + dx] = true;
          }
        }
      }
    }
    boolean[] out = new boolean[cells.length];
    for (int y = 0; y < GRID; y++) {
      for (int x = 0; x < GRID; x++) {
        if (rows[y * GRID + x]) {
          for (int dy = Math.max(0, y - radius); dy <= Math.min(GRID - 1, y + radius); dy++) {
            out[dy * GRID + x] = true;
          }
        }
      }
    }
    return out;
  }

  /** {@code picture} with the samples under masked cells replaced by the mean of the unmasked cells near them. */
  private static LumaFrame paint(LumaFrame picture, float[] grid, boolean[] mask) {
    boolean any = false;
    for (boolean m : mask) {
      any |= m;
    }
    if (!any) {
      return picture;
    }
    float[] fill = fill(grid, mask);
    int width = picture.width();
    int height = picture.height();
    byte[] luma = picture.luma().clone();
    for (int y = 0; y < height; y++) {
      int gy = (int) ((long) y * GRID / height);
      for (int x = 0; x < width; x++) {
        int cell = gy * GRID + (int) ((long) x * GRID / width);
        if (mask[cell]) {
          luma[y * width + x] = (byte) Math.round(fill[cell]);
        }
      }
    }
    return new LumaFrame(picture.frameNumber(), picture.timestampSeconds(), width, height, luma);
  }

  /**
   * For each cell, the mean of the unmasked cells within {@link #FILL_RADIUS} (a box); where there are
   * none, the mean of all unmasked cells of the picture.
   */
  static float[] fill(float[] grid, boolean[] mask) {
    int cells = GRID * GRID;
    // summed-area tables of the unmasked values and of the unmasked count
    double[] values = new double[(GRID + 1) * (GRID + 1)];
    int[] counts = new int[(GRID + 1) * (GRID + 1)];
    for (int y = 0; y < GRID; y++) {
      double rowValues = 0;
      int rowCount = 0;
      for (int x = 0; x < GRID; x++) {
        int c = y * GRID + x;
        if (!mask[c]) {
          rowValues += grid[c];
          rowCount++;
        }
        int at = (y + 1) * (GRID + 1) + x + 1;
        values[at] = values[at - GRID - 1] + rowValues;
        counts[at] = counts[at - GRID - 1] + rowCount;
      }
    }
    int last = (GRID + 1) * (GRID + 1) - 1;
    double overall = counts[last] == 0 ? 128 : values[last] / counts[last];
    float[] fill = new float[cells];
    for (int y = 0; y < GRID; y++) {
      int top = Math.max(0, y - FILL_RADIUS);
      int bottom = Math.min(GRID, y + FILL_RADIUS + 1);
      for (int x = 0; x < GRID; x++) {
        int left = Math.max(0, x - FILL_RADIUS);
        int right = Math.min(GRID, x + FILL_RADIUS + 1);
        int a = top * (GRID + 1) + left;
        int b = top * (GRID + 1) + right;
        int c = bottom * (GRID + 1) + left;
        int d = bottom * (GRID + 1) + right;
        int count = counts[d] - counts[b] - counts[c] + counts[a];
        double sum = values[d] - values[b] - values[c] + values[a];
        fill[y * GRID + x] = (float) (count == 0 ? overall : sum / count);
      }
    }
    return fill;
  }
}
