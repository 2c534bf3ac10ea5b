package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrameReaderTest {
  @TempDir Path temp;

  @Test
  void readsEveryFrameInOrderWithTimestamps() throws Exception {
    List<LumaFrame> frames = FrameReader.of(FrameSampling.EVERY_FRAME).readAll(SampleVideos.taggedTone(temp));

    assertThat(frames).hasSize(20);
    for (int i = 0; i < frames.size(); i++) {
      assertThat(frames.get(i).frameNumber()).isEqualTo(i);
      assertThat(frames.get(i).timestampSeconds()).isCloseTo(i / 10.0, offset(1e-6));
      assertThat(frames.get(i).width()).isEqualTo(160);
      assertThat(frames.get(i).height()).isEqualTo(120);
    }
  }

  @Test
  void samplesOneFramePerSecond() throws Exception {
    FrameReadResult[] result = new FrameReadResult[1];
    List<LumaFrame> frames = new ArrayList<>();
    result[0] = FrameReader.of(FrameSampling.ONE_PER_SECOND).read(SampleVideos.video("chair-19-sd-bar.mp4"), frames::add);

    // 18.8 s of video: instants 0, 1, ..., 18
    assertThat(frames).hasSize(19);
    for (int i = 0; i < frames.size(); i++) {
      assertThat(frames.get(i).timestampSeconds()).as("frame " + i).isBetween(i - 1e-6, i + 0.25);
    }
    assertThat(result[0].framesDelivered()).isEqualTo(19);
    assertThat(result[0].framesDecoded()).isLessThan(564); // B-frames skipped
    assertThat(result[0].frameRate()).isEqualTo(30.0);
    assertThat(result[0].warning()).isEmpty();
  }

  @Test
  void samplesSeveralFramesPerSecond() throws Exception {
    List<LumaFrame> frames = FrameReader.of(FrameSampling.perSecond(5)).readAll(SampleVideos.taggedTone(temp));

    assertThat(frames).extracting(LumaFrame::frameNumber).containsExactly(0L, 2L, 4L, 6L, 8L, 10L, 12L, 14L, 16L, 18L);
  }

  @Test
  void mapsLimitedRangeLumaToFullRange() throws Exception {
    Path video = SampleVideos.video("chair-19-sd-bar.mp4");
    LumaFrame stored = FrameReader.of(FrameSampling.ONE_PER_SECOND).keepingStoredRange().readAll(video).get(5);
    LumaFrame full = FrameReader.of(FrameSampling.ONE_PER_SECOND).readAll(video).get(5);

    for (int i = 0; i < stored.luma().length; i += 97) {
      int y = stored.luma()[i] & 0xff;
      int expected = Math.max(0, Math.min(255, Math.round((y - 16) * 255f / 219f)));
      assertThat(full.luma()[i] & 0xff).isEqualTo(expected);
    }
  }

  @Test
  void downscalesByAreaAveraging() throws Exception {
    Path video = SampleVideos.taggedTone(temp);
    LumaFrame big = FrameReader.of(FrameSampling.EVERY_FRAME).readAll(video).get(0);
    LumaFrame small = FrameReader.of(FrameSampling.EVERY_FRAME).downscaledTo(40, 30).readAll(video).get(0);

    assertThat(small.width()).isEqualTo(40);
    assertThat(small.height()).isEqualTo(30);
    // 160x120 -> 40x30: each output sample is the mean of a 4x4 block (of the full-range values, up to rounding)
    for (int y = 0; y < 30; y += 7) {
      for (int x = 0; x < 40; x += 9) {
        double sum = 0;
        for (int dy = 0; dy < 4; dy++) {
          for (int dx = 0; dx < 4; dx++) {
            sum += big.at(4 * x + dx, 4 * y + dy);
          }
        }
        assertThat((double) small.at(x, y)).as("(%d, %d)", x, y).isCloseTo(sum / 16, offset(1.5));
      }
    }
  }

  @Test
  void keepsTheFramesOfATruncatedVideoAndWarns() throws Exception {
    byte[] bytes = Files.readAllBytes(SampleVideos.video("chair-19-sd-bar.mp4"));
    Path half = Files.write(temp.resolve("half.mp4"), Arrays.copyOf(bytes, bytes.length / 2));

    List<LumaFrame> frames = new ArrayList<>();
    FrameReadResult result = FrameReader.of(FrameSampling.EVERY_FRAME).read(half, frames::add);

    assertThat(frames.size()).isBetween(100, 500);
    assertThat(result.warning()).hasValueSatisfying(w -> assertThat(w)
        .startsWith("truncated: the container index needs ")
        .endsWith("; read " + frames.size() + " frames")
        .doesNotContain("\n"));
  }

  @Test
  void rejectsAFileWithoutFrames() throws Exception {
    Path empty = Files.createFile(temp.resolve("empty.mp4"));

    assertThatThrownBy(() -> FrameReader.of(FrameSampling.EVERY_FRAME).readAll(empty))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessage("not a readable video: empty file");
  }

  @Test
  void rejectsNonsenseSampling() {
    assertThatThrownBy(() -> FrameSampling.perSecond(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frames per second must be > 0, was 0.0");
  }
}
