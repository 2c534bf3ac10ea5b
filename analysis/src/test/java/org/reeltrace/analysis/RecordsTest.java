package org.reeltrace.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

class RecordsTest {
  @Test
  void segmentsRejectImpossibleTimesWithTheBadValue() {
    assertThatThrownBy(() -> new SharedSegment(5, 4, 0, 1, 1, 1)).hasMessage("aEnd must be >= aStart, was 5.0..4.0");
    assertThatThrownBy(() -> new SharedSegment(0, 1, 0, 1, 0, 1)).hasMessage("speed must be > 0, was 0.0");
    assertThatThrownBy(() -> new SharedSegment(0, 1, 0, 1, 1, 1.5)).hasMessage("score must be 0..1, was 1.5");
    assertThatThrownBy(() -> new SharedSegment(-1, 1, 0, 1, 1, 1))
        .hasMessage("aStart must be a finite number of seconds >= 0, was -1.0");
  }

  @Test
  void optionsRejectBadSettingsWithTheBadValue() {
    LineageOptions d = LineageOptions.defaults();
    assertThatThrownBy(() -> d.withOldFootageDays(-3)).hasMessage("oldFootageDays must be >= 0, was -3");
    assertThatThrownBy(() -> d.withRepetition(0)).hasMessage("repetition must be >= 1, was 0");
    assertThatThrownBy(() -> d.withCoordinationSeconds(-1.0)).hasMessage("coordinationSeconds must be >= 0, was -1.0");
  }

  @Test
  void matchesAndPostsAreChecked() {
    PostKey a = new PostKey("tiktok", "1");
    assertThatThrownBy(() -> new PostMatch(a, a, List.of())).hasMessage("a match needs two different posts, was tiktok:1 twice");
    LineagePost p = LineagePost.of(a, new ChannelKey("tiktok", "x"), null);
    assertThatThrownBy(() -> new LineageInput(List.of(p, p), List.of())).hasMessage("post tiktok:1 is listed twice");
    assertThatThrownBy(() -> new LineagePost(a, new ChannelKey("tiktok", "x"), null, null, null, null, null, 0, 10,
        null, null, null)).hasMessage("width must be > 0 pixels, was 0 for post tiktok:1");
    assertThatThrownBy(() -> new LineagePost(a, new ChannelKey("tiktok", "x"), null, null, null, null, null, null,
        null, null, null, null, null, -1.0)).hasMessage("video duration must be >= 0 s, was -1.0 for post tiktok:1");
  }

  @Test
  void watermarksMatchHandlesLooselyButExactly() {
    LineagePost p = new LineagePost(new PostKey("tiktok", "1"), new ChannelKey("tiktok", "x"), null, null, null,
        null, null, null, null, null, List.of("@Creator.Name "), null);
    assertThat(p.watermarkNames("creator.name")).isTrue();
    assertThat(p.watermarkNames("@CREATOR.NAME")).isTrue();
    assertThat(p.watermarkNames("creator")).isFalse();
    assertThat(p.watermarkNames(null)).isFalse();
  }
}
