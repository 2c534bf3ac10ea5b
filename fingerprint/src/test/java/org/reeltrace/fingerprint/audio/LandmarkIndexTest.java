package org.reeltrace.fingerprint.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LandmarkIndexTest {
  private static final int SONGS = 12;
  private static final AudioFingerprinter FINGERPRINTER = new AudioFingerprinter();
  private static float[][] songs;
  private static LandmarkIndex index;

  @BeforeAll
  static void buildIndex() {
    songs = new float[SONGS][];
    index = new LandmarkIndex();
    for (int i = 0; i < SONGS; i++) {
      songs[i] = SyntheticAudio.song(i, 30 + (i * 7) % 31);
      index.add("song-" + i, fingerprint(songs[i]));
    }
  }

  private static List<Landmark> fingerprint(float[] samples) {
    return FINGERPRINTER.fingerprint(samples, SyntheticAudio.RATE);
  }

  private static List<SoundtrackMatch> query(float[] clip) {
    return index.query(fingerprint(clip));
  }

  private static void assertIdentified(List<SoundtrackMatch> matches, int song, double start,
      double speed) {
    assertThat(matches).hasSize(1);
    SoundtrackMatch m = matches.get(0);
    assertThat(m.trackId()).isEqualTo("song-" + song);
    assertThat(m.speed()).isCloseTo(speed, within(0.011));
    assertThat(m.trackStart() - m.clipStart() * speed).isCloseTo(start, within(0.1));
    assertThat(m.clipEnd() - m.clipStart()).isGreaterThan(8);
    assertThat(m.confidence()).isGreaterThan(0.5);
  }

  @Test
  void identifiesAnExcerptAndItsOffset() {
    float[] clip = SyntheticAudio.excerpt(songs[3], 12.5, 10);
    assertIdentified(query(clip), 3, 12.5, 1.0);
  }

  @Test
  void identifiesAnExcerptUnderWhiteNoiseAtZeroDbSnr() {
    float[] clip = SyntheticAudio.excerpt(songs[5], 7.3, 10);
    float[] noisy = SyntheticAudio.mix(clip, SyntheticAudio.whiteNoise(42, clip.length), 0);
    assertIdentified(query(noisy), 5, 7.3, 1.0);
  }

  @Test
  void identifiesAnExcerptUnderSpeechAtZeroDbSnr() {
    float[] clip = SyntheticAudio.excerpt(songs[8], 20.1, 10);
    float[] talked = SyntheticAudio.mix(clip, SyntheticAudio.speech(7, clip.length), 0);
    assertIdentified(query(talked), 8, 20.1, 1.0);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.97, 0.98, 1.02, 1.03})
  void identifiesASpedUpOrSlowedExcerpt(double speed) {
    float[] clip = SyntheticAudio.excerpt(songs[10], 4.0, 10.5 * speed);
    assertIdentified(query(SyntheticAudio.resample(clip, speed)), 10, 4.0, speed);
  }

  @Test
  void identifiesTwoSongsPlayingAtOnce() {
    float[] a = SyntheticAudio.excerpt(songs[2], 10, 10);
    float[] b = SyntheticAudio.excerpt(songs[6], 3, 10);
    List<SoundtrackMatch> matches = query(SyntheticAudio.mix(a, b, 0));
    assertThat(matches).extracting(SoundtrackMatch::trackId)
        .containsExactlyInAnyOrder("song-2", "song-6");
  }

  @Test
  void findsNoMatchForASongNotInTheIndex() {
    float[] other = SyntheticAudio.song(1000, 30);
    assertThat(query(SyntheticAudio.excerpt(other, 5, 10))).isEmpty();
  }

  @Test
  void findsNoMatchForPureNoise() {
    assertThat(query(SyntheticAudio.whiteNoise(99, 10 * SyntheticAudio.RATE))).isEmpty();
    assertThat(query(SyntheticAudio.speech(98, 10 * SyntheticAudio.RATE))).isEmpty();
  }

  @Test
  void writesAndReadsBackTheSameIndex(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("audio.idx");
    index.write(file);
    LandmarkIndex copy = LandmarkIndex.read(file);
    assertThat(copy.trackCount()).isEqualTo(SONGS);
    assertThat(copy.postingCount()).isEqualTo(index.postingCount());
    assertThat(Files.size(file)).isLessThan(index.postingCount() * 8L + 1000);
    List<Landmark> clip = fingerprint(SyntheticAudio.excerpt(songs[1], 3, 10));
    assertThat(copy.query(clip)).isEqualTo(index.query(clip));
  }

  @Test
  void reportsATruncatedFileByName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("audio.idx");
    index.write(file);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, Arrays.copyOf(bytes, bytes.length - 5));
    assertThatThrownBy(() -> LandmarkIndex.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": truncated audio landmark index");
  }

  @Test
  void reportsAForeignFileByName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "hello, this is not an index");
    assertThatThrownBy(() -> LandmarkIndex.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": not a ReelTrace audio landmark index (bad magic)");
  }

  @Test
  void reportsAnUnsupportedVersionByName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("audio.idx");
    new LandmarkIndex().write(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[11] = 9;
    Files.write(file, bytes);
    assertThatThrownBy(() -> LandmarkIndex.read(file))
        .isInstanceOf(IOException.class)
        .hasMessage(file + ": unsupported audio index version 9, expected 1");
  }

  @Test
  void roundTripsAnEmptyIndex(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("empty.idx");
    new LandmarkIndex().write(file);
    LandmarkIndex copy = LandmarkIndex.read(file);
    assertThat(copy.trackCount()).isZero();
    assertThat(copy.query(fingerprint(songs[0]))).isEmpty();
    try (var entries = Files.list(dir)) {
      assertThat(entries).containsExactly(file);
    }
  }

  @Test
  void rejectsADuplicateTrackId() {
    LandmarkIndex fresh = new LandmarkIndex();
    fresh.add("a", List.of());
    assertThatThrownBy(() -> fresh.add("a", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("track already indexed: a");
  }

  @Test
  void identifiesAPassageThatTheSongRepeats() {
    float[] verse = SyntheticAudio.song(99, 20);
    float[] looped = new float[verse.length * 2];
    System.arraycopy(verse, 0, looped, 0, verse.length);
    System.arraycopy(verse, 0, looped, verse.length, verse.length);
    LandmarkIndex withLoop = new LandmarkIndex();
    withLoop.add("looped", fingerprint(looped));
    withLoop.add("other", fingerprint(songs[0]));

    List<SoundtrackMatch> matches = withLoop.query(fingerprint(
        SyntheticAudio.excerpt(verse, 5, 10)));

    assertThat(matches).extracting(SoundtrackMatch::trackId).containsExactly("looped");
  }

  @Test
  void bestAlignmentScoresTheSongAgainstTheBestOtherSong() {
    float[] clip = SyntheticAudio.excerpt(songs[5], 8, 10);

    AlignmentScore score = index.bestAlignment(fingerprint(clip)).orElseThrow();

    assertThat(score.trackId()).isEqualTo("song-5");
    assertThat(score.speed()).isCloseTo(1.0, within(0.011));
    assertThat(score.votes()).isGreaterThan(10 * Math.max(1, score.runnerUpVotes()));
  }

  @Test
  void bestAlignmentOfSilenceIsEmpty() {
    assertThat(index.bestAlignment(fingerprint(new float[8000 * 5]))).isEmpty();
  }
}
