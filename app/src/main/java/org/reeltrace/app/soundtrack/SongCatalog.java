package org.reeltrace.app.soundtrack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.reeltrace.fingerprint.audio.AlignmentScore;
import org.reeltrace.fingerprint.audio.AudioFingerprinter;
import org.reeltrace.fingerprint.audio.Landmark;
import org.reeltrace.fingerprint.audio.LandmarkIndex;
import org.reeltrace.fingerprint.audio.SoundtrackMatch;
import org.reeltrace.media.AudioReader;
import org.reeltrace.media.PcmAudio;
import org.reeltrace.media.UnreadableMediaException;

/**
 * Songs labelled with their origin, and the audio landmarks to recognise them, kept in one compact
 * binary file (about 8 bytes per landmark; see {@link CatalogFile}).
 *
 * <p>Songs are identified by the SHA-256 of their file, so adding the same file twice keeps one
 * entry. Changes stay in memory until {@link #save()}. Not thread-safe while songs are being added;
 * once built, concurrent identification is safe.
 */
public final class SongCatalog {
  /** The catalog file name used when none is given. */
  public static final String DEFAULT_FILE_NAME = "reeltrace-catalog.bin";

  private final Path file;
  private final Map<String, Song> songs;
  private final LandmarkIndex index;
  private final AudioFingerprinter fingerprinter = new AudioFingerprinter();
  private final AudioFingerprinter queries = AudioFingerprinter.forQueries();
  private final AudioReader reader = new AudioReader(AudioFingerprinter.SAMPLE_RATE);

  private SongCatalog(Path file, List<Song> songs, LandmarkIndex index) {
    this.file = file;
    this.songs = new LinkedHashMap<>();
    for (Song s : songs) {
      this.songs.put(s.sha256(), s);
    }
    this.index = index;
  }

  /**
   * Opens the catalog stored in {@code file}, or an empty one bound to it when the file does not
   * exist yet.
   *
   * @throws IOException with a one-line message naming the file when it is not a readable catalog
   */
  public static SongCatalog open(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      return new SongCatalog(file, List.of(), new LandmarkIndex());
    }
    CatalogFile.Contents c = CatalogFile.read(file);
    return new SongCatalog(file, c.songs(), c.index());
  }

  /** The file this catalog is read from and saved to. */
  public Path file() {
    return file;
  }

  /** The songs in the order they were added. */
  public List<Song> songs() {
    return List.copyOf(songs.values());
  }

  /** The song with this SHA-256, if catalogued. */
  public Optional<Song> song(String sha256) {
    return Optional.ofNullable(songs.get(sha256));
  }

  /**
   * The outcome of {@link #add}.
   *
   * @param song   the catalogued song (the earlier entry when the file was already there)
   * @param added  false when the same file was already in the catalog
   */
  public record Addition(Song song, boolean added) {}

  /**
   * Decodes and fingerprints an audio (or video) file and adds it under {@code tags}, unless a
   * file with the same bytes is already catalogued.
   *
   * @throws IOException when the file cannot be read
   * @throws UnreadableMediaException when it holds no decodable audio
   */
  public Addition add(Path audioFile, SongTags tags) throws IOException, UnreadableMediaException {
    Objects.requireNonNull(tags, "tags");
    String sha = sha256(audioFile);
    Song known = songs.get(sha);
    if (known != null) {
      return new Addition(known, false);
    }
    PcmAudio audio = reader.read(audioFile);
    Song song = new Song(sha, audioFile.getFileName().toString(), audio.durationSeconds(), tags);
    index.add(sha, fingerprinter.fingerprint(audio.samples(), audio.sampleRate()));
    songs.put(sha, song);
    return new Addition(song, true);
  }

  /** A file to add and its tags. */
  public record Entry(Path file, SongTags tags) {
    public Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(tags, "tags");
    }
  }

  /** Hears, in entry order, what became of each entry of {@link #addAll}. */
  public interface AdditionListener {
    void added(Entry entry, Addition addition) throws IOException;

    /** {@code problem} is an {@link IOException} or an {@link UnreadableMediaException}. */
    void failed(Entry entry, Exception problem);
  }

  /**
   * Adds many files as {@link #add} does, reading and fingerprinting several files at once, one per
   * processor, while this thread adds the finished ones to the index in entry order. Reading a file
   * (FFmpeg decoding) and fingerprinting it cost about the same and neither is shared between files, so
   * an import runs about as many times faster as there are cores.
   *
   * @throws IOException when the listener throws one (e.g. saving failed); entries after it are not added
   */
  public void addAll(List<Entry> entries, AdditionListener listener) throws IOException {
    int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "catalog-reader");
      t.setDaemon(true);
      return t;
    });
    ThreadLocal<AudioReader> readers =
        ThreadLocal.withInitial(() -> new AudioReader(AudioFingerprinter.SAMPLE_RATE));
    try {
      Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
      int submitted = 0;
      for (int i = 0; i < entries.size(); i++) {
        while (submitted < entries.size() && inFlight.size() <= workers) {
          Entry entry = entries.get(submitted++);
          inFlight.add(pool.submit(() -> prepare(entry, readers.get())));
        }
        Prepared p = await(inFlight.poll());
        if (p.problem() != null) {
          listener.failed(p.entry(), p.problem());
          continue;
        }
        Song known = songs.get(p.sha256());
        if (known != null) {
          listener.added(p.entry(), new Addition(known, false));
          continue;
        }
        Song song = new Song(p.sha256(), p.entry().file().getFileName().toString(), p.durationSeconds(),
            p.entry().tags());
        index.add(p.sha256(), p.landmarks());
        songs.put(p.sha256(), song);
        listener.added(p.entry(), new Addition(song, true));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** A file read and fingerprinted ahead of being indexed, or what kept it from being read. */
  private record Prepared(Entry entry, String sha256, double durationSeconds, List<Landmark> landmarks,
      Exception problem) {}

  private Prepared prepare(Entry entry, AudioReader reader) {
    try {
      String sha = sha256(entry.file());
      PcmAudio audio = reader.read(entry.file());
      return new Prepared(entry, sha, audio.durationSeconds(),
          fingerprinter.fingerprint(audio.samples(), audio.sampleRate()), null);
    } catch (IOException | UnreadableMediaException e) {
      return new Prepared(entry, null, 0, List.of(), e);
    }
  }

  private static Prepared await(Future<Prepared> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while reading the catalog's files");
    } catch (ExecutionException e) {
      throw new IllegalStateException("reading failed unexpectedly: " + e.getCause(), e.getCause());
    }
  }

  /** Writes the catalog to its {@link #file()}, replacing it atomically. */
  public void save() throws IOException {
    CatalogFile.write(file, songs(), index);
  }

  /**
   * The catalogued songs heard in mono audio at {@link AudioFingerprinter#SAMPLE_RATE} Hz,
   * strongest first; empty when none is heard.
   */
  List<IdentifiedSong> identify(float[] samples) {
    List<IdentifiedSong> out = new ArrayList<>();
    for (SoundtrackMatch m : index.query(
        queries.fingerprint(samples, AudioFingerprinter.SAMPLE_RATE))) {
      Song song = songs.get(m.trackId());
      if (song != null) {
        out.add(new IdentifiedSong(song, m.clipStart(), m.clipEnd(), m.trackStart(), m.trackEnd(),
            m.speed(), m.votes(), m.confidence()));
      }
    }
    return List.copyOf(out);
  }

  /** The best alignment of mono 8 kHz audio against the catalog, accepted or not. */
  Optional<AlignmentScore> bestAlignment(float[] samples) {
    return index.bestAlignment(queries.fingerprint(samples, AudioFingerprinter.SAMPLE_RATE));
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
