package org.reeltrace.fingerprint.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MultiIndexTest {
  @TempDir Path dir;

  /** Large enough that segments search through their tables, not by scanning. */
  @Test
  void searchesLargeClusteredIndexExactlyThroughTheTables() {
    SplittableRandom rnd = new SplittableRandom(7);
    List<long[]> stored = HashSamples.clustered(40_000, 50, 40, rnd);
    MultiIndex index = filled(stored, 1000);
    assertThat(index.segmentCount()).isEqualTo(2); // 39,000 + 1,000 (see the next test)
    for (long[] q : HashSamples.queries(stored, 60, rnd)) {
      for (int radius : new int[] {0, 10, 31}) {
        assertThat(index.search(q[0], q[1], q[2], q[3], radius))
            .isEqualTo(HashSamples.bruteForce(stored, q, radius));
      }
    }
  }

  /** Sealed segments merge while the older is at most 8 times larger: few segments, largest first. */
  @Test
  void growingOneByOneKeepsFewSegments() {
    MultiIndex index = filled(HashSamples.random(100 * 64 + 10, new SplittableRandom(9)), 64);
    assertThat(index.segmentCount()).isEqualTo(2); // 6,144 + 256, and 10 in the buffer
    assertThat(index.size()).isEqualTo(100 * 64 + 10);
  }

  @Test
  void reportsEveryCopyOfARepeatedHashOnce() {
    MultiIndex index = new MultiIndex(3);
    for (int i = 0; i < 10; i++) {
      index.add(100 + i, 1, 2, 3, 4);
    }
    assertThat(index.search(1, 2, 3, 5, 31)).extracting(Hit::id)
        .containsExactly(100L, 101L, 102L, 103L, 104L, 105L, 106L, 107L, 108L, 109L);
    assertThat(index.search(1, 2, 3, 5, 0)).isEmpty();
  }

  @Test
  void rejectsBulkAddWithWrongWordCount() {
    assertThatThrownBy(() -> new MultiIndex().addAll(new long[3], new long[11]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("words must hold 4 per id: 3 ids, 11 words");
  }

  @Test
  void rejectsRadiusOutside0To256() {
    MultiIndex index = new MultiIndex();
    assertThatThrownBy(() -> index.search(0, 0, 0, 0, 257))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("radius must be 0..256, was 257");
    assertThatThrownBy(() -> index.search(0, 0, 0, 0, -1)).hasMessage("radius must be 0..256, was -1");
  }

  @Test
  void snapshotRoundTripKeepsEveryHashIdAndLaterAdds() throws IOException {
    SplittableRandom rnd = new SplittableRandom(11);
    List<long[]> stored = HashSamples.clustered(5000, 5, 40, rnd);
    MultiIndex index = filled(stored, 700);
    Path file = dir.resolve("frames.mih");
    index.writeSnapshot(file);
    // header 32, 32 bytes per hash, ids 0..4999 packed at 13 bits: ceil(5000 * 13 / 64) = 1016 longs
    assertThat(Files.size(file)).isEqualTo(32 + 32L * stored.size() + 8 * 1016 + 4);

    MultiIndex read = MultiIndex.readSnapshot(file);
    assertThat(read.size()).isEqualTo(stored.size());
    for (long[] q : HashSamples.queries(stored, 30, rnd)) {
      assertThat(read.search(q[0], q[1], q[2], q[3], 31)).isEqualTo(HashSamples.bruteForce(stored, q, 31));
    }
    long[] extra = HashSamples.flip(stored.get(0), 3, rnd);
    read.add(stored.size(), extra[0], extra[1], extra[2], extra[3]);
    assertThat(read.search(extra[0], extra[1], extra[2], extra[3], 0)).containsExactly(new Hit(stored.size(), 0));
  }

  @Test
  void emptyIndexSnapshotRoundTrips() throws IOException {
    Path file = dir.resolve("empty.mih");
    new MultiIndex().writeSnapshot(file);
    assertThat(MultiIndex.readSnapshot(file).size()).isZero();
  }

  @Test
  void truncatedSnapshotFailsNamingTheFile() throws IOException {
    Path file = dir.resolve("cut.mih");
    filled(HashSamples.random(100, new SplittableRandom(3)), 64).writeSnapshot(file);
    try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(f.length() - 10);
    }
    assertThatThrownBy(() -> MultiIndex.readSnapshot(file)).isInstanceOf(IOException.class)
        .hasMessage(file + ": truncated multi-index snapshot: header says 100 hashes of 7-bit ids (3324 bytes), file has 3314 bytes");

    Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 5));
    assertThatThrownBy(() -> MultiIndex.readSnapshot(file)).hasMessage(file + ": truncated multi-index snapshot");
  }

  @Test
  void foreignFileFailsNamingTheFile() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "just some text, not an index\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> MultiIndex.readSnapshot(file)).isInstanceOf(IOException.class)
        .hasMessage(file + ": not a ReelTrace multi-index snapshot (bad magic)");
  }

  @Test
  void corruptRecordFailsTheChecksum() throws IOException {
    Path file = dir.resolve("flipped.mih");
    filled(HashSamples.random(10, new SplittableRandom(5)), 64).writeSnapshot(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[40] ^= 1;
    Files.write(file, bytes);
    assertThatThrownBy(() -> MultiIndex.readSnapshot(file))
        .hasMessage(file + ": corrupt multi-index snapshot (checksum mismatch)");
  }

  @Test
  void newerFormatVersionFailsNamingTheFile() throws IOException {
    Path file = emptySnapshotOfVersion("future.mih", 3);
    assertThatThrownBy(() -> MultiIndex.readSnapshot(file))
        .hasMessage(file + ": unsupported multi-index snapshot version 3 (this build reads 2)");
  }

  @Test
  void version1SnapshotIsRejectedSayingWhatToDo() throws IOException {
    Path file = emptySnapshotOfVersion("old.mih", 1);
    assertThatThrownBy(() -> MultiIndex.readSnapshot(file)).hasMessage(file + ": multi-index snapshot version 1 is"
        + " no longer readable (this build reads version 2); rebuild the index from its hashes and write a new snapshot");
  }

  @Test
  void snapshotKeepsArbitraryLongIds() throws IOException {
    SplittableRandom rnd = new SplittableRandom(13);
    List<long[]> stored = HashSamples.clustered(3000, 3, 20, rnd);
    long[] ids = new long[stored.size()];
    long[] words = new long[4 * stored.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i % 3 == 0 ? Long.MIN_VALUE + i : i % 3 == 1 ? Long.MAX_VALUE - i : rnd.nextLong();
      System.arraycopy(stored.get(i), 0, words, 4 * i, 4);
    }
    MultiIndex index = new MultiIndex(100);
    index.addAll(ids, words);
    Path file = dir.resolve("ids.mih");
    index.writeSnapshot(file);
    MultiIndex read = MultiIndex.readSnapshot(file);
    for (long[] q : HashSamples.queries(stored, 20, rnd)) {
      List<Hit> expected = HashSamples.bruteForce(stored, q, 31).stream()
          .map(h -> new Hit(ids[(int) h.id()], h.distance())).toList();
      assertThat(read.search(q[0], q[1], q[2], q[3], 31)).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void missingSnapshotFailsNamingTheFile() {
    Path file = dir.resolve("absent.mih");
    assertThatThrownBy(() -> MultiIndex.readSnapshot(file)).isInstanceOf(IOException.class)
        .hasMessage(file + ": no such multi-index snapshot");
  }

  /** An empty index's snapshot with its version field set to {@code version}. */
  private Path emptySnapshotOfVersion(String name, int version) throws IOException {
    Path file = dir.resolve(name);
    new MultiIndex().writeSnapshot(file);
    byte[] bytes = Files.readAllBytes(file);
    bytes[11] = (byte) version;
    Files.write(file, bytes);
    return file;
  }

  private static MultiIndex filled(List<long[]> hashes, int bufferSize) {
    MultiIndex index = new MultiIndex(bufferSize);
    for (int i = 0; i < hashes.size(); i++) {
      long[] h = hashes.get(i);
      index.add(i, h[0], h[1], h[2], h[3]);
    }
    return index;
  }
}
