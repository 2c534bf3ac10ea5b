package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.analysis.MatchView;
import org.reeltrace.fingerprint.align.VideoMatch;

/** The analyze path's copy search (stored fingerprints, index, alignment) on real videos. */
class CopyIndexTest {
  private static final Path CHAIR =
      Path.of("..", "demo", "archive", "ytdlp", "mina.makes - 7341100000000000001.mp4");

  private final VideoFingerprinting fingerprinting = new VideoFingerprinting(VideoFingerprinting.DEFAULT_FPS);

  /*
   * Lineage evaluation (docs/benchmarks.md): re-posts letterboxed into 9:16 with a download watermark
   * drawn in the bottom bar were never matched by analyze. The text broke the bar, so the bars stayed
   * in the hashed picture; only `reeltrace match`'s window pass, which the index search has not, found
   * them.
   */
  @Test
  void findsTheSourceOfALetterboxedCopyWithTextInItsBar() throws Exception {
    Path original = TestData.otherVideo();
    Path copy = Path.of(CopyIndexTest.class.getResource("letterboxed-doorknob.mp4").toURI());
    CopyIndex index = new CopyIndex();
    index.add("original", fingerprinting.fingerprint(original, 0));

    List<CopyMatch> found = index.search("copy", fingerprinting.fingerprint(copy, 0), null);
    List<VideoMatch> matches = matchesOf(found);

    assertThat(found).extracting(CopyMatch::view).containsExactly(MatchView.WHOLE_PICTURES);
    assertThat(matches).extracting(VideoMatch::referenceId).containsExactly("original");
    assertThat(matches.get(0).queryAlignedPercent()).isGreaterThan(80);
  }

  @Test
  void findsNoSourceForUnrelatedFootage() throws Exception {
    Path copy = Path.of(CopyIndexTest.class.getResource("letterboxed-doorknob.mp4").toURI());
    CopyIndex index = new CopyIndex();
    index.add("other", fingerprinting.fingerprint(TestData.root().resolve("vpdq/sample-videos/pattern-hd-no-bar.mp4"), 0));

    assertThat(index.search("copy", fingerprinting.fingerprint(copy, 0), null)).isEmpty();
  }

  /*
   * Lineage evaluation (docs/benchmarks.md): re-posts with a platform logo box in a corner and a caption
   * strip across the middle were never matched: the overlays moved the whole picture's hash 64-80 bits
   * on smooth footage. The region pass matches them on the parts of the picture the overlays leave alone
   * (here a mirrored copy whose logo box moves from one corner to the other halfway through).
   */
  @Test
  void findsTheSourceOfAMirroredCopyUnderALogoAndACaption() throws Exception {
    FrameHashes source = fingerprinting.fingerprint(TestData.root().resolve("vpdq/sample-videos/pattern-longer-no-bar.mp4"), 0);
    FrameHashes copy = fingerprinting.fingerprint(resource("logo-caption-pattern.mp4"), 0);
    CopyIndex wholeOnly = new CopyIndex();
    wholeOnly.add("source", withoutRegions(source));
    CopyIndex index = new CopyIndex();
    index.add("source", source);
    index.add("other", fingerprinting.fingerprint(TestData.otherVideo(), 0));

    List<CopyMatch> found = index.search("copy", copy, null);
    List<VideoMatch> matches = matchesOf(found);
    List<VideoMatch> wholeMatches = matchesOf(wholeOnly.search("copy", withoutRegions(copy), null));

    assertThat(found).extracting(CopyMatch::view).containsExactly(MatchView.REGIONS);
    assertThat(matches).extracting(VideoMatch::referenceId).containsExactly("source");
    double whole = wholeMatches.isEmpty() ? 0 : wholeMatches.get(0).queryAlignedPercent();
    assertThat(matches.get(0).queryAlignedPercent()).isGreaterThan(Math.max(60, whole));
  }

  /*
   * On smooth footage (a cloudy sky) a logo box, a handle and a caption move the whole picture's hash
   * and every region's out of reach; the fourth pass matches the pictures with the overlays painted over.
   */
  @Test
  void findsTheSourceOfAnOverlaidCopyOfSmoothFootage(@TempDir Path dir) throws Exception {
    FrameHashes copy = fingerprinting.fingerprint(SkyClip.write(dir.resolve("copy.mp4"), 1, true), 0);
    CopyIndex index = new CopyIndex();
    index.add("source", fingerprinting.fingerprint(SkyClip.write(dir.resolve("source.mp4"), 1, false), 0));
    index.add("other", fingerprinting.fingerprint(SkyClip.write(dir.resolve("other.mp4"), 2, false), 0));

    List<CopyMatch> found = index.search("copy", copy, null);
    List<VideoMatch> matches = matchesOf(found);
    List<VideoMatch> withoutPass = matchesOf(index.search("copy", copy.withOverlayFree(WindowTrack.EMPTY), null));

    assertThat(found).extracting(CopyMatch::view).containsExactly(MatchView.OVERLAYS_PAINTED_OVER);
    assertThat(matches).extracting(VideoMatch::referenceId).containsExactly("source");
    assertThat(matches.get(0).queryAlignedPercent()).isGreaterThan(50);
    assertThat(withoutPass).noneSatisfy(m -> assertThat(m.queryAlignedPercent()).isGreaterThan(50));
  }

  /*
   * An account stamps its handle and a logo on every post: on smooth footage those overlays fill a
   * quarter of the picture, and the region pass matched unrelated posts of one account on them (lineage
   * evaluation, docs/benchmarks.md). Regions are hashed with the still overlays painted over.
   */
  @Test
  void findsTheSourceOfACopyOfFastFootageCutOffTheSamplingGrid(@TempDir Path dir) throws Exception {
    // a tenth of a second (3 frames) cut: the copy's sampled pictures fall between the source's, and the
    // texture pans 18 pixels in between (110 bits from the nearest sampled picture, 6-10 from the frame)
    FrameHashes copy = fingerprinting.fingerprint(PanningClip.write(dir.resolve("copy.mp4"), 1, 3, 5), 0);
    FrameHashes source = fingerprinting.fingerprint(PanningClip.write(dir.resolve("source.mp4"), 1, 0, 6), 0);
    CopyIndex index = new CopyIndex();
    index.add("source", source);
    index.add("other", fingerprinting.fingerprint(PanningClip.write(dir.resolve("other.mp4"), 2, 0, 6), 0));
    CopyIndex sampledOnly = new CopyIndex();
    sampledOnly.add("source", source.withEveryFrame(EveryFrameTrack.EMPTY));

    List<CopyMatch> found = index.search("copy", copy, null);
    List<VideoMatch> matches = matchesOf(found);
    assertThat(found).extracting(CopyMatch::view).containsExactly(MatchView.WHOLE_PICTURES);
    assertThat(matches).extracting(VideoMatch::referenceId).containsExactly("source");
    assertThat(matches.get(0).segments().get(0).referenceStart()).isCloseTo(0.1, within(0.05));
    assertThat(sampledOnly.search("copy", copy, null)).isEmpty();
  }

  @Test
  void unrelatedPostsOfOneAccountDoNotMatchOnItsOverlays(@TempDir Path dir) throws Exception {
    FrameHashes post = fingerprinting.fingerprint(SkyClip.write(dir.resolve("post.mp4"), 1, true), 0);
    CopyIndex index = new CopyIndex();
    index.add("other post", fingerprinting.fingerprint(SkyClip.write(dir.resolve("other.mp4"), 2, true), 0));

    assertThat(index.search("post", post, null)).isEmpty();
  }

  /*
   * A zoomed-in re-post (8 % cut off each side, centred, scaled back, re-encoded) lies 100+ bits from
   * its source on the whole picture and on every region; its whole picture matches the source's
   * centred zoom windows. analyze searches every stored video as the query, so both directions count:
   * the copy finding its source, and the source finding its stored copy.
   */
  @Test
  void findsTheSourceOfAZoomedInCopy() throws Exception {
    FrameHashes source = fingerprinting.fingerprint(TestData.otherVideo(), 0);
    FrameHashes copy = fingerprinting.fingerprint(resource("zoomed-doorknob.mp4"), 0);

    assertOnlyTheZoomPassFinds("source", source, "copy", copy);
  }

  @Test
  void findsTheStoredZoomedInCopyOfASource() throws Exception {
    FrameHashes source = fingerprinting.fingerprint(TestData.otherVideo(), 0);
    FrameHashes copy = fingerprinting.fingerprint(resource("zoomed-doorknob.mp4"), 0);

    assertOnlyTheZoomPassFinds("copy", copy, "source", source);
  }

  /** {@code query} finds {@code stored} (beside unrelated footage) with zoom windows, not without. */
  private void assertOnlyTheZoomPassFinds(String storedId, FrameHashes stored, String queryId, FrameHashes query)
      throws Exception {
    CopyIndex withoutZooms = new CopyIndex();
    withoutZooms.add(storedId, stored.withZooms(List.of()));
    CopyIndex index = new CopyIndex();
    index.add(storedId, stored);
    index.add("other", fingerprinting.fingerprint(TestData.root().resolve("vpdq/sample-videos/pattern-hd-no-bar.mp4"), 0));

    List<CopyMatch> found = index.search(queryId, query, null);
    List<VideoMatch> matches = matchesOf(found);

    assertThat(found).extracting(CopyMatch::view).containsExactly(MatchView.ZOOM);
    assertThat(withoutZooms.search(queryId, query.withZooms(List.of()), null)).isEmpty();
    assertThat(matches).extracting(VideoMatch::referenceId).containsExactly(storedId);
    assertThat(matches.get(0).queryAlignedPercent()).isGreaterThan(80);
  }

  /*
   * Lineage evaluation (docs/benchmarks.md): crops of 5-9 % under a download watermark or a logo were never
   * matched; the overlays spoil the whole picture's hash, so no zoom window of the source matches it, and a
   * region of a crop is no region of the source. With its overlays painted over, the crop's picture matches
   * the source's zoom window.
   */
  @Test
  void findsTheSourceOfAZoomedInCopyUnderALogoAndAWatermarkWhicheverIsStored() throws Exception {
    FrameHashes source = fingerprinting.fingerprint(CHAIR, 0);
    FrameHashes copy = fingerprinting.fingerprint(resource("zoomed-stamped-chair.mp4"), 0);
    FrameHashes other =
        fingerprinting.fingerprint(TestData.root().resolve("vpdq/sample-videos/pattern-hd-no-bar.mp4"), 0);
    for (boolean copyStored : new boolean[] {false, true}) {
      CopyIndex index = new CopyIndex();
      index.add(copyStored ? "copy" : "source", copyStored ? copy : source);
      index.add("other", other);
      CopyIndex withoutOverlayFree = new CopyIndex();
      withoutOverlayFree.add("stored", (copyStored ? copy : source).withOverlayFree(WindowTrack.EMPTY));

      FrameHashes query = copyStored ? source : copy;
      List<CopyMatch> found = index.search("query", query, null);

      assertThat(withoutOverlayFree.search("query", query.withOverlayFree(WindowTrack.EMPTY), null))
          .as("copy stored: %s", copyStored).isEmpty();
      assertThat(found).as("copy stored: %s", copyStored).extracting(m -> m.match().referenceId())
          .containsExactly(copyStored ? "copy" : "source");
      assertThat(found.get(0).view()).isEqualTo(MatchView.ZOOM);
      assertThat(found.get(0).match().queryAlignedPercent()).isGreaterThan(50);
    }
  }

  @Test
  void findsNoSourceOfAZoomedInCopyAmongUnrelatedFootage() throws Exception {
    FrameHashes copy = fingerprinting.fingerprint(resource("zoomed-doorknob.mp4"), 0);
    CopyIndex index = new CopyIndex();
    index.add("other", fingerprinting.fingerprint(TestData.root().resolve("vpdq/sample-videos/pattern-hd-no-bar.mp4"), 0));
    index.add("chair", fingerprinting.fingerprint(resource("mirrored-chair.mp4"), 0));

    assertThat(index.search("copy", copy, null)).isEmpty();
  }

  @Test
  void fingerprintsKeepTheirRegionsZoomWindowsOverlayFreePicturesAndEveryFrameThroughTheStore() throws Exception {
    FrameHashes hashes = fingerprinting.fingerprint(resource("logo-caption-pattern.mp4"), 0);

    FrameHashes back = FrameHashesCodec.decode(FrameHashesCodec.encode(hashes));

    assertThat(back).isEqualTo(hashes);
    assertThat(back.regions()).extracting(RegionTrack::region).containsExactly(PictureRegion.values());
    assertThat(back.zooms()).extracting(ZoomTrack::zoom).containsExactly(ZoomWindow.values());
    assertThat(back.overlayFree().size()).isPositive();
    assertThat(back.everyFrame().size()).isGreaterThan(hashes.frames().size());
    assertThat(back.everyFrame().framesPerSecond()).isCloseTo(hashes.everyFrame().framesPerSecond(), within(1e-9));
  }

  @Test
  void everyFrameHoldsTheSampledPicturesHashesAtTheirTimes() throws Exception {
    FrameHashes hashes = fingerprinting.fingerprint(resource("logo-caption-pattern.mp4"), 0);
    java.util.Map<Double, org.reeltrace.fingerprint.PdqHash> byTime = new java.util.HashMap<>();
    hashes.everyFrame().frames().forEach(f -> byTime.put(f.seconds(), f.hash()));

    for (int i = 0; i < hashes.frames().size(); i++) {
      assertThat(byTime.get(hashes.seconds().get(i))).isEqualTo(hashes.frames().get(i).original());
    }
  }

  private static FrameHashes withoutRegions(FrameHashes hashes) {
    return new FrameHashes(hashes.durationSeconds(), hashes.framesPerSecond(), hashes.seconds(), hashes.frames());
  }

  private static Path resource(String name) throws Exception {
    return Path.of(CopyIndexTest.class.getResource(name).toURI());
  }

  private static List<VideoMatch> matchesOf(List<CopyMatch> found) {
    return found.stream().map(CopyMatch::match).toList();
  }
}
