package org.reeltrace.fingerprint.audio;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An in-memory inverted index from landmark hashes to (track, anchor time) postings, stored as
 * one compact binary file (8 bytes per landmark plus the track ids).
 *
 * <p>Not thread-safe while tracks are being added; once built (or read), concurrent
 * {@link #query} calls are safe after one first call or {@link #write} has sorted the postings.
 */
public final class LandmarkIndex {
  private final List<String> trackIds;
  private final Set<String> known;
  private final Postings postings;

  /** An empty index. */
  public LandmarkIndex() {
    this(new ArrayList<>(), new Postings(new long[1024], 0, true));
  }

  private LandmarkIndex(List<String> trackIds, Postings postings) {
    this.trackIds = new ArrayList<>(trackIds);
    this.known = new HashSet<>(trackIds);
    this.postings = postings;
  }

  /**
   * Adds a track's landmarks (from {@link AudioFingerprinter#fingerprint}) under a new id.
   *
   * @throws IllegalArgumentException if the id is already indexed, the index is full, or a
   *     landmark lies beyond frame 2,097,151 (about 18.6 hours)
   */
  public void add(String trackId, List<Landmark> landmarks) {
    Objects.requireNonNull(trackId, "trackId");
    if (known.contains(trackId)) {
      throw new IllegalArgumentException("track already indexed: " + trackId);
    }
    if (trackIds.size() >= Postings.MAX_TRACKS) {
      throw new IllegalArgumentException("index is full: " + Postings.MAX_TRACKS + " tracks");
    }
    int track = trackIds.size();
    for (Landmark l : landmarks) {
      if (l.anchorFrame() > Postings.MAX_FRAME) {
        throw new IllegalArgumentException("landmark frame must be <= " + Postings.MAX_FRAME
            + ", was " + l.anchorFrame() + " in track " + trackId);
      }
    }
    for (Landmark l : landmarks) {
      int h = LandmarkHash.of(l, 1.0);
      if (h >= 0) {
        postings.add(Postings.pack(h, track, l.anchorFrame()));
      }
    }
    trackIds.add(trackId);
    known.add(trackId);
  }

  /** Number of indexed tracks. */
  public int trackCount() {
    return trackIds.size();
  }

  /** Number of stored landmark postings. */
  public int postingCount() {
    return postings.size();
  }

  /**
   * The tracks heard in a query clip, strongest first; empty when nothing beats chance.
   *
   * @param query landmarks of the clip, from {@link AudioFingerprinter#fingerprint}
   */
  public List<SoundtrackMatch> query(List<Landmark> query) {
    synchronized (postings) {
      postings.sort();
    }
    return new OffsetVoter(postings, List.copyOf(trackIds)).query(query);
  }

  /**
   * The best (track, offset, speed) alignment of a query clip and the votes of the best other
   * one, whether or not {@link #query} would accept it; for calibrating the acceptance rule on
   * clips of unknown songs. Empty when no two landmarks agree on any alignment.
   */
  public Optional<AlignmentScore> bestAlignment(List<Landmark> query) {
    synchronized (postings) {
      postings.sort();
    }
    return new OffsetVoter(postings, List.copyOf(trackIds)).best(query);
  }

  /** Writes the index to {@code file}, replacing it atomically (via {@code file + ".tmp"}). */
  public void write(Path file) throws IOException {
    synchronized (postings) {
      IndexFile.write(file, trackIds, postings);
    }
  }

  /**
   * Writes the index to {@code out} in the same format as {@link #write(Path)}, for embedding in
   * a larger file; the caller closes the stream.
   */
  public void write(DataOutputStream out) throws IOException {
    synchronized (postings) {
      IndexFile.write(out, trackIds, postings);
    }
  }

  /**
   * Reads an index written by {@link #write(DataOutputStream)}, leaving the stream just after
   * it.
   *
   * @param source names the stream in error messages (usually the file name)
   * @throws IOException with a one-line message naming {@code source} when the data is
   *     truncated, of another format or version, or corrupt
   */
  public static LandmarkIndex read(DataInputStream in, String source) throws IOException {
    IndexFile.Contents c = IndexFile.read(in, source);
    return new LandmarkIndex(c.trackIds(), c.postings());
  }

  /**
   * Reads an index written by {@link #write}.
   *
   * @throws IOException with a one-line message naming the file when it is truncated, of another
   *     format or version, or corrupt
   */
  public static LandmarkIndex read(Path file) throws IOException {
    IndexFile.Contents c = IndexFile.read(file);
    return new LandmarkIndex(c.trackIds(), c.postings());
  }
}
