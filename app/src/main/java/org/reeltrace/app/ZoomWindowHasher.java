package org.reeltrace.app;

import java.util.ArrayList;
import java.util.List;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.PdqHasher;
import org.reeltrace.fingerprint.PdqResult;
import org.reeltrace.media.FrameFingerprinter;
import org.reeltrace.media.LumaFrame;
import org.reeltrace.media.SampledVideo;

/**
 * Hashes the {@link ZoomWindow}s of a video's sampled pictures (bars already cut off): each window as it
 * is and mirrored left to right, frames below the whole picture's PDQ quality threshold left out.
 * Thread-safe: each call uses its own hasher.
 */
/*
 * Eleven windows per sampled frame (seven when measured) would about double the fingerprint stage
 * through the media module's general window hashing (a bilinear resampling of the window, then PDQ's
 * eight dihedral variants and a second PDQ of the mirrored pixels). A centred window needs less: it is cut on whole pixels (its edges
 * move by at most half a pixel of a picture at most 256 pixels wide; PDQ blurs every picture down to
 * 64x64), only the hash as it is and mirrored is kept, and PDQ's blur is evaluated only at its 64x64
 * sample points (PdqHasher.hashLumaSampled; not bit-exact with the full blur, but as close to the
 * reference on the vPDQ samples). Measured on three evaluation sources (40-100 frames): 28-43 % of the
 * general path's time; the hashes lie a mean 6-9 bits (max 28) from the general path's, and the
 * copy-detection evaluation's recall through the analyze path was as high or higher (docs/benchmarks.md,
 * "Zoomed-in copies in the analyze path").
 */
final class ZoomWindowHasher {
  /** The tracks of every {@link ZoomWindow} of {@code video}'s sampled pictures, in the windows' order. */
  List<ZoomTrack> tracks(SampledVideo video) {
    PdqHasher pdq = new PdqHasher();
    List<ZoomTrack> tracks = new ArrayList<>();
    for (ZoomWindow zoom : ZoomWindow.values()) {
      tracks.add(new ZoomTrack(zoom, track(pdq, video, zoom)));
    }
    return tracks;
  }

  private static WindowTrack track(PdqHasher pdq, SampledVideo video, ZoomWindow zoom) {
    List<Double> seconds = new ArrayList<>();
    List<PdqHash> originals = new ArrayList<>();
    List<PdqHash> mirrored = new ArrayList<>();
    List<Integer> qualities = new ArrayList<>();
    for (LumaFrame picture : video.pictures()) {
      int w = Math.max(2, (int) Math.round(picture.width() * zoom.scale()));
      int h = Math.max(2, (int) Math.round(picture.height() * zoom.scale()));
      int left = (picture.width() - w) / 2;
      int top = (picture.height() - h) / 2;
      byte[] window = new byte[w * h];
      byte[] flipped = new byte[w * h];
      for (int y = 0; y < h; y++) {
        int from = (top + y) * picture.width() + left;
        System.arraycopy(picture.luma(), from, window, y * w, w);
        for (int x = 0; x < w; x++) {
          flipped[y * w + x] = window[y * w + w - 1 - x];
        }
      }
      PdqResult original = pdq.hashLumaSampled(window, w, h, w, 0, 255);
      if (original.quality() < FrameFingerprinter.DEFAULT_MIN_QUALITY) {
        continue;
      }
      seconds.add(picture.timestampSeconds());
      originals.add(original.hash());
      mirrored.add(pdq.hashLumaSampled(flipped, w, h, w, 0, 255).hash());
      qualities.add(original.quality());
    }
    return new WindowTrack(seconds, originals, mirrored, qualities);
  }
}
