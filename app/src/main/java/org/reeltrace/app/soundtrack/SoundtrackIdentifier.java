package org.reeltrace.app.soundtrack;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.reeltrace.fingerprint.audio.AlignmentScore;
import org.reeltrace.fingerprint.audio.AudioFingerprinter;
import org.reeltrace.media.AudioReader;
import org.reeltrace.media.PcmAudio;
import org.reeltrace.media.UnreadableMediaException;

/**
 * Names the catalogued songs heard in a video's soundtrack or an audio file, surviving speech over
 * the music, lossy re-encoding and speed changes of about ±5 %. Thread-safe once the catalog is
 * built.
 */
public final class SoundtrackIdentifier {
  private final SongCatalog catalog;
  private final AudioReader reader = new AudioReader(AudioFingerprinter.SAMPLE_RATE);

  public SoundtrackIdentifier(SongCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * The songs heard in {@code mediaFile} (its first audio stream), strongest first; an empty list
   * means no catalogued song is heard.
   *
   * @throws UnreadableMediaException when the file has no decodable audio
   */
  public List<IdentifiedSong> identify(Path mediaFile) throws UnreadableMediaException {
    return identify(reader.read(mediaFile));
  }

  /**
   * The songs heard in decoded audio, strongest first.
   *
   * @throws IllegalArgumentException unless the audio is at {@link AudioFingerprinter#SAMPLE_RATE}
   */
  public List<IdentifiedSong> identify(PcmAudio audio) {
    return catalog.identify(requireRate(audio).samples());
  }

  /**
   * The strongest alignment of decoded audio against the catalog, whether or not
   * {@link #identify} accepts it as a song (its track id is the song's SHA-256); for calibrating
   * and reporting the acceptance threshold.
   *
   * @throws IllegalArgumentException unless the audio is at {@link AudioFingerprinter#SAMPLE_RATE}
   */
  public Optional<AlignmentScore> bestAlignment(PcmAudio audio) {
    return catalog.bestAlignment(requireRate(audio).samples());
  }

  private static PcmAudio requireRate(PcmAudio audio) {
    if (audio.sampleRate() != AudioFingerprinter.SAMPLE_RATE) {
      throw new IllegalArgumentException("audio must be at " + AudioFingerprinter.SAMPLE_RATE
          + " Hz, was " + audio.sampleRate());
    }
    return audio;
  }
}
