package org.reeltrace.app;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.align.FrameHash;

/**
 * The binary form of {@link FrameHashes} in the store: a 4-byte magic {@code RTFH}, a version byte,
 * duration and rate as doubles, the frame count, then per frame its time (double), quality (byte) and
 * eight 32-byte hashes in {@link PdqDihedral#hashes()} order; then the number of region tracks (byte), and
 * per track its {@link PictureRegion} ordinal (byte) and its hashes; then the number of zoom tracks (byte),
 * and per track its {@link ZoomWindow} ordinal (byte) and its hashes; then the hashes of the whole pictures
 * with their overlays painted over (a track, maybe of no frames). A track's hashes are its frame count
 * (int) and per frame its time (double), quality (byte), hash and mirrored hash (32 bytes each). Then
 * the whole pictures of (nearly) every frame: their rate (double), count (int) and per frame its time
 * (double), quality (byte) and hash (32 bytes). Last, the hashes of the whole pictures without their flat
 * edges (a track, maybe of no frames). Big-endian throughout.
 */
final class FrameHashesCodec {
  /**
   * The store's name for fingerprints in this encoding (PDQ, 8 dihedral variants, bars cut off). v2: bars
   * with burnt-in text are cut off too (LetterboxDetector); v3: so are bars that an overlay reaches into
   * over part of their length, and picture regions are hashed too; v4: centred zoom windows are hashed
   * too; v5: so are the whole pictures with their overlays painted over; v6: the regions are hashed on
   * those painted pictures; v7: so are the whole pictures of (nearly) every frame; v8: flat footage that
   * merely continues a bar (an animation's plain background) is no longer cut off with it, and two lines of
   * text in a bar no longer end it; v9: nor does a plain background that continues past a band of text
   * drawn into it; v10: footage over a blurred fill is hashed without the fill (BlurredFillDetector); v11:
   * a meme's flat caption band is no longer taken for a blurred fill; v12: the picture inside bars is
   * resampled from its edges measured to a fraction of a pixel (BarEdges); v13: a band of text in a bar may
   * span 15 % of the frame's lines (a meme's caption under a download watermark), not 8 %. Rows of older
   * methods are recomputed.
   */
  static final String METHOD = "pdq-dihedral-v13";

  private static final int MAGIC = 0x52544648; // "RTFH"
  private static final byte VERSION = 6;
  private static final int FRAME_BYTES = 8 + 1 + 8 * 32;
  private static final int TRACK_FRAME_BYTES = 8 + 1 + 2 * 32;
  private static final int EVERY_FRAME_BYTES = 8 + 1 + 32;

  private FrameHashesCodec() {}

  static byte[] encode(FrameHashes hashes) {
    int n = hashes.frames().size();
    int size = 4 + 1 + 8 + 8 + 4 + n * FRAME_BYTES + 1;
    for (RegionTrack track : hashes.regions()) {
      size += 1 + 4 + track.hashes().size() * TRACK_FRAME_BYTES;
    }
    size += 1;
    for (ZoomTrack track : hashes.zooms()) {
      size += 1 + 4 + track.hashes().size() * TRACK_FRAME_BYTES;
    }
    size += 4 + hashes.overlayFree().size() * TRACK_FRAME_BYTES;
    size += 8 + 4 + hashes.everyFrame().size() * EVERY_FRAME_BYTES;
    size += 4 + hashes.withoutFlatEdges().size() * TRACK_FRAME_BYTES;
    ByteBuffer out = ByteBuffer.allocate(size);
    out.putInt(MAGIC).put(VERSION).putDouble(hashes.durationSeconds()).putDouble(hashes.framesPerSecond()).putInt(n);
    for (int i = 0; i < n; i++) {
      PdqDihedral frame = hashes.frames().get(i);
      out.putDouble(hashes.seconds().get(i)).put((byte) frame.quality());
      for (PdqHash h : frame.hashes()) {
        put(out, h);
      }
    }
    out.put((byte) hashes.regions().size());
    for (RegionTrack track : hashes.regions()) {
      put(out.put((byte) track.region().ordinal()), track.hashes());
    }
    out.put((byte) hashes.zooms().size());
    for (ZoomTrack track : hashes.zooms()) {
      put(out.put((byte) track.zoom().ordinal()), track.hashes());
    }
    put(out, hashes.overlayFree());
    EveryFrameTrack everyFrame = hashes.everyFrame();
    out.putDouble(everyFrame.framesPerSecond()).putInt(everyFrame.size());
    for (FrameHash frame : everyFrame.frames()) {
      put(out.putDouble(frame.seconds()).put((byte) frame.quality()), frame.hash());
    }
    put(out, hashes.withoutFlatEdges());
    return out.array();
  }

  private static EveryFrameTrack everyFrame(ByteBuffer in) {
    double rate = in.getDouble();
    int frameCount = in.getInt();
    if (frameCount < 0 || in.remaining() < (long) frameCount * EVERY_FRAME_BYTES) {
      throw new IllegalArgumentException("every-frame track of " + frameCount + " frames does not fit the "
          + in.remaining() + " bytes left");
    }
    List<FrameHash> frames = new ArrayList<>(frameCount);
    for (int i = 0; i < frameCount; i++) {
      double seconds = in.getDouble();
      int quality = in.get() & 0xff;
      frames.add(new FrameHash(seconds, hash(in), quality));
    }
    return new EveryFrameTrack(rate, frames);
  }

  private static void put(ByteBuffer out, WindowTrack track) {
    out.putInt(track.size());
    for (int i = 0; i < track.size(); i++) {
      out.putDouble(track.seconds().get(i)).put((byte) (int) track.qualities().get(i));
      put(out, track.originals().get(i));
      put(out, track.mirrored().get(i));
    }
  }

  /** A track's hashes; {@code what} names the track in errors ("region track 2 (region 7)"). */
  private static WindowTrack track(ByteBuffer in, String what) {
    int frameCount = in.getInt();
    if (frameCount < 0 || in.remaining() < (long) frameCount * TRACK_FRAME_BYTES) {
      throw new IllegalArgumentException(what + " of " + frameCount + " frames does not fit the "
          + in.remaining() + " bytes left");
    }
    List<Double> times = new ArrayList<>(frameCount);
    List<PdqHash> originals = new ArrayList<>(frameCount);
    List<PdqHash> mirrored = new ArrayList<>(frameCount);
    List<Integer> qualities = new ArrayList<>(frameCount);
    for (int i = 0; i < frameCount; i++) {
      times.add(in.getDouble());
      qualities.add(in.get() & 0xff);
      originals.add(hash(in));
      mirrored.add(hash(in));
    }
    return new WindowTrack(times, originals, mirrored, qualities);
  }

  private static void put(ByteBuffer out, PdqHash h) {
    out.putLong(h.w0()).putLong(h.w1()).putLong(h.w2()).putLong(h.w3());
  }

  private static PdqHash hash(ByteBuffer in) {
    return new PdqHash(in.getLong(), in.getLong(), in.getLong(), in.getLong());
  }

  static FrameHashes decode(byte[] data) {
    try {
      ByteBuffer in = ByteBuffer.wrap(data);
      if (in.getInt() != MAGIC || in.get() != VERSION) {
        throw new IllegalArgumentException("not a " + METHOD + " fingerprint");
      }
      double duration = in.getDouble();
      double rate = in.getDouble();
      int n = in.getInt();
      if (n < 0 || in.remaining() < (long) n * FRAME_BYTES) {
        throw new IllegalArgumentException("fingerprint of " + n + " frames has " + in.remaining() + " bytes");
      }
      List<Double> seconds = new ArrayList<>(n);
      List<PdqDihedral> frames = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        seconds.add(in.getDouble());
        int quality = in.get() & 0xff;
        PdqHash[] h = new PdqHash[8];
        for (int k = 0; k < 8; k++) {
          h[k] = hash(in);
        }
        frames.add(new PdqDihedral(h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7], quality));
      }
      int tracks = in.get() & 0xff;
      List<RegionTrack> regions = new ArrayList<>(tracks);
      PictureRegion[] knownRegions = PictureRegion.values();
      for (int t = 0; t < tracks; t++) {
        int ordinal = in.get() & 0xff;
        if (ordinal >= knownRegions.length) {
          throw new IllegalArgumentException("region track " + t + " names unknown region " + ordinal);
        }
        regions.add(new RegionTrack(knownRegions[ordinal], track(in, "region track " + t + " (region " + ordinal + ")")));
      }
      int zoomTracks = in.get() & 0xff;
      List<ZoomTrack> zooms = new ArrayList<>(zoomTracks);
      ZoomWindow[] knownZooms = ZoomWindow.values();
      for (int t = 0; t < zoomTracks; t++) {
        int ordinal = in.get() & 0xff;
        if (ordinal >= knownZooms.length) {
          throw new IllegalArgumentException("zoom track " + t + " names unknown zoom window " + ordinal);
        }
        zooms.add(new ZoomTrack(knownZooms[ordinal], track(in, "zoom track " + t + " (window " + ordinal + ")")));
      }
      WindowTrack overlayFree = track(in, "overlay-free track");
      EveryFrameTrack everyFrame = everyFrame(in);
      WindowTrack withoutFlatEdges = track(in, "track without flat edges");
      if (in.hasRemaining()) {
        throw new IllegalArgumentException("fingerprint has " + in.remaining() + " bytes after its last track");
      }
      return new FrameHashes(duration, rate, seconds, frames, regions, zooms, overlayFree, everyFrame, withoutFlatEdges);
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException("truncated " + METHOD + " fingerprint", e);
    }
  }
}
