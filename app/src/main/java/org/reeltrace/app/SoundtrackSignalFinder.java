package org.reeltrace.app;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.reeltrace.app.soundtrack.IdentifiedSong;
import org.reeltrace.app.soundtrack.Song;
import org.reeltrace.app.soundtrack.SongCatalog;
import org.reeltrace.app.soundtrack.SoundtrackIdentifier;
import org.reeltrace.core.Music;
import org.reeltrace.core.Signal;
import org.reeltrace.media.UnreadableMediaException;
import org.reeltrace.store.PostMedia;

/**
 * Soundtrack signals: each catalogued song heard in a post's video, with its origin country, and a note
 * when the archive's own music title disagrees with what the audio says (platforms rename songs to
 * "original sound"). The producer name carries a digest of the catalog's songs, so adding songs makes the
 * next run listen to every post again.
 */
final class SoundtrackSignalFinder implements SignalFinder {
  private final SoundtrackIdentifier identifier;
  private final String producer;

  SoundtrackSignalFinder(SongCatalog catalog) {
    this.identifier = new SoundtrackIdentifier(catalog);
    this.producer = "soundtrack-v1-" + digest(catalog.songs());
  }

  @Override
  public String producer() {
    return producer;
  }

  @Override
  public List<Signal> findInPost(PostContext post) throws SignalFailure {
    List<Signal> found = new ArrayList<>();
    for (PostMedia media : post.media()) {
      List<IdentifiedSong> songs;
      try {
        songs = identifier.identify(media.path());
      } catch (UnreadableMediaException e) {
        throw new SignalFailure(OneLineFailure.describe(e), e);
      }
      for (IdentifiedSong s : songs) {
        Song song = s.song();
        String label = song.tags().label().map(l -> ", label " + l).orElse("");
        String year = song.tags().year().isPresent() ? ", " + song.tags().year().getAsInt() : "";
        found.add(new Signal(Signal.Kind.SOUNDTRACK, "origin:" + song.origin(),
            song.title() + " — " + song.artist(),
            String.format(Locale.ROOT, "audio %s-%s (song %s-%s, speed %.2f)", MinutesSeconds.of(s.clipStart()),
                MinutesSeconds.of(s.clipEnd()), MinutesSeconds.of(s.songStart()), MinutesSeconds.of(s.songEnd()), s.speed()),
            s.confidence(),
            "song catalog " + song.sha256().substring(0, 12) + " (" + song.origin() + label + year + "); "
                + s.votes() + " landmark votes"));
        disagreement(post.post().music(), song).ifPresent(found::add);
      }
    }
    return found;
  }

  /** The archive names music whose title is not the identified song's. */
  private static java.util.Optional<Signal> disagreement(Music music, Song song) {
    if (music.title() == null) {
      return java.util.Optional.empty();
    }
    String named = normal(music.title());
    String heard = normal(song.title());
    if (named.contains(heard) || heard.contains(named)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Signal(Signal.Kind.MUSIC_METADATA_DISAGREEMENT, "music-renamed",
        "metadata says \"" + music.title() + "\"; the audio is \"" + song.title() + "\" by " + song.artist(),
        "music metadata", 0.5,
        "the platform's music title does not name the song the audio matches (re-uploads often show"
            + " \"original sound\")"));
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
  }

  private static String digest(List<Song> songs) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      songs.stream().map(Song::sha256).sorted().forEach(h -> sha.update(h.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
