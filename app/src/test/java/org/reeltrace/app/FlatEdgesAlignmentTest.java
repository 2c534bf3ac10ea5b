package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.analysis.MatchView;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.align.VideoMatch;
import org.reeltrace.media.BlurredFillClip;
import org.reeltrace.media.SyntheticClip;
import org.reeltrace.media.SyntheticClip.Camera;
import org.reeltrace.media.SyntheticClip.Spec;
import org.reeltrace.media.SyntheticClip.Window;

/**
 * The pass without flat edges (or without a blurred fill): on a real flat animation, on a clip posted over a
 * blurred fill, and in the copy search.
 */
class FlatEdgesAlignmentTest {
  private static final int FRAMES = 30;
  private static final double FPS = 5;

  @TempDir Path dir;

  private final VideoFingerprinting fingerprinting = new VideoFingerprinting(VideoFingerprinting.DEFAULT_FPS);

  @Test
  void aTrimmedCaptionedCopyOfAFlatAnimationMatchesItsSourceWithoutTheFlatSky() throws Exception {
    FrameHashes source = fingerprinting.fingerprint(FlatAnimationClip.write(dir.resolve("source.mp4"), 0, null), 0);
    FrameHashes copy = fingerprinting.fingerprint(
        FlatAnimationClip.write(dir.resolve("copy.mp4"), 1, "Douyin ID: flat.sky"), 0);

    VideoMatch match = new FlatEdgesAlignment().align("copy", copy, "source", source);

    assertThat(source.withoutFlatEdges().size()).isPositive();
    assertThat(copy.withoutFlatEdges().size()).isPositive();
    assertThat(FrameHashesCodec.decode(FrameHashesCodec.encode(copy))).isEqualTo(copy);
    assertThat(match.queryAlignedPercent()).isGreaterThan(80);
    assertThat(match.segments()).allSatisfy(s -> assertThat(s.referenceStart() - s.queryStart()).isBetween(0.8, 1.2));
  }

  @Test
  void aMirroredCopyOverABlurredFillInAVerticalFrameIsFoundByTheCopySearch() throws Exception {
    BufferedImage photo = SyntheticClip.photo(TestData.root().resolve("pdq/data/bridge-mods/aaa-orig.jpg"));
    Path sourceClip = SyntheticClip.write(Spec.of(photo, Camera.PAN, 40, Window.NONE).withSize(640, 360, 4),
        dir.resolve("source.mp4"));
    Path copyClip = BlurredFillClip.write(sourceClip, dir.resolve("copy.mp4"), 360, 640, true);
    FrameHashes source = fingerprinting.fingerprint(sourceClip, 0);
    FrameHashes copy = fingerprinting.fingerprint(copyClip, 0);
    CopyIndex index = new CopyIndex();
    index.add("source", source);

    List<CopyMatch> found = index.search("copy", copy, null);

    assertThat(found).extracting(m -> m.match().referenceId()).containsExactly("source");
    assertThat(found.get(0).view()).isEqualTo(MatchView.WHOLE_PICTURES);
    assertThat(found.get(0).match().queryAlignedPercent()).isGreaterThan(80);
    assertThat(index.search("copy", copy.withoutFlatEdges(WindowTrack.EMPTY), null))
        .as("the copy's whole pictures, fill and all").isEmpty();
  }

  @Test
  void theCopySearchFindsAVideoWhosePicturesMatchOnlyWithoutTheirFlatEdges() {
    Random random = new Random(7);
    List<PdqHash> sky = randomHashes(random);
    FrameHashes stored = whole(random).withoutFlatEdges(track(sky, 0));
    FrameHashes query = whole(random).withoutFlatEdges(track(sky, 6));
    CopyIndex index = new CopyIndex();
    index.add("stored", stored);
    CopyIndex withoutCuts = new CopyIndex();
    withoutCuts.add("stored", stored.withoutFlatEdges(WindowTrack.EMPTY));

    List<CopyMatch> found = index.search("query", query, null);

    assertThat(found).extracting(CopyMatch::view).containsExactly(MatchView.WHOLE_PICTURES);
    assertThat(found.get(0).match().referenceId()).isEqualTo("stored");
    assertThat(found.get(0).match().queryAlignedPercent()).isGreaterThan(80);
    assertThat(withoutCuts.search("query", query.withoutFlatEdges(WindowTrack.EMPTY), null)).isEmpty();
  }

  @Test
  void aStoreTooLargeToAlignEveryPairFindsSuchAVideoThroughItsIndex() {
    Random random = new Random(11);
    List<PdqHash> sky = randomHashes(random);
    CopyIndex index = new CopyIndex();
    index.add("filler", whole(random, CopyIndex.ALIGN_ALL_UP_TO_FRAMES + 1));
    index.add("stored", whole(random, FRAMES).withoutFlatEdges(track(sky, 0)));

    List<CopyMatch> found = index.search("query", whole(random, FRAMES).withoutFlatEdges(track(sky, 6)), null);

    assertThat(found).extracting(m -> m.match().referenceId()).containsExactly("stored");
  }

  /** Whole pictures of random hashes, {@value #FRAMES} frames at {@value #FPS} a second. */
  private static FrameHashes whole(Random random) {
    return whole(random, FRAMES);
  }

  /** Whole pictures of random hashes, {@code count} frames at {@value #FPS} a second. */
  private static FrameHashes whole(Random random, int count) {
    List<Double> seconds = new ArrayList<>();
    List<PdqDihedral> frames = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<PdqHash> h = new ArrayList<>();
      for (int k = 0; k < 8; k++) {
        h.add(randomHash(random));
      }
      seconds.add(i / FPS);
      frames.add(new PdqDihedral(h.get(0), h.get(1), h.get(2), h.get(3), h.get(4), h.get(5), h.get(6), h.get(7), 80));
    }
    return new FrameHashes(count / FPS, FPS, seconds, frames);
  }

  /** A track of {@code hashes}, each with its lowest {@code flipped} bits flipped, at the frames' times. */
  private static WindowTrack track(List<PdqHash> hashes, int flipped) {
    List<Double> seconds = new ArrayList<>();
    List<PdqHash> originals = new ArrayList<>();
    List<PdqHash> mirrored = new ArrayList<>();
    List<Integer> qualities = new ArrayList<>();
    long mask = (1L << flipped) - 1;
    for (int i = 0; i < hashes.size(); i++) {
      PdqHash h = hashes.get(i);
      seconds.add(i / FPS);
      originals.add(new PdqHash(h.w0() ^ mask, h.w1(), h.w2(), h.w3()));
      mirrored.add(new PdqHash(~h.w0(), ~h.w1(), h.w2(), h.w3()));
      qualities.add(80);
    }
    return new WindowTrack(seconds, originals, mirrored, qualities);
  }

  private static List<PdqHash> randomHashes(Random random) {
    List<PdqHash> hashes = new ArrayList<>();
    for (int i = 0; i < FRAMES; i++) {
      hashes.add(randomHash(random));
    }
    return hashes;
  }

  private static PdqHash randomHash(Random random) {
    return new PdqHash(random.nextLong(), random.nextLong(), random.nextLong(), random.nextLong());
  }
}
