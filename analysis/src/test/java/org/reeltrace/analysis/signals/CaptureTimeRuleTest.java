package org.reeltrace.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeltrace.core.Signal;
import org.reeltrace.media.ContainerMetadata;

class CaptureTimeRuleTest {
  private final CaptureTimeRule rule = new CaptureTimeRule();

  @Test
  void muxerTimeBeforeTheClosureGivesCaptureDateGapAndFilmedBefore() {
    ContainerMetadata md = ContainerMetadata.fromTags(Map.of("creation_time", "2019-06-01T08:30:00.000000Z"));

    List<Signal> signals = rule.signals(md, Instant.parse("2023-06-01T08:30:00Z"));

    assertThat(signals).extracting(Signal::indicates)
        .containsExactly("captured:2019-06-01", "capture-to-post-days:1461", "filmed-before:2020-01-22");
    assertThat(signals).allSatisfy(s -> {
      assertThat(s.kind()).isEqualTo(Signal.Kind.CAPTURE_TIME);
      assertThat(s.foundIn()).isEqualTo("container:creation_time");
      assertThat(s.strength()).isEqualTo(0.5);
    });
    assertThat(signals.get(2).matched()).isEqualTo("2019-06-01T08:30:00.000000Z < 2020-01-22T00:00+09:00");
    assertThat(signals.get(2).reference()).contains("2020-01-22", "COVID-19 pandemic in North Korea");
  }

  @Test
  void theClosureIsMidnightPyongyangTime() {
    List<Signal> justBefore = rule.signals(
        ContainerMetadata.fromTags(Map.of("creation_time", "2020-01-21T14:59:59Z")), null);
    List<Signal> justAfter = rule.signals(
        ContainerMetadata.fromTags(Map.of("creation_time", "2020-01-21T15:00:00Z")), null);

    assertThat(justBefore).extracting(Signal::indicates).contains("filmed-before:2020-01-22");
    assertThat(justAfter).extracting(Signal::indicates).containsExactly("captured:2020-01-21");
  }

  @Test
  void anEncoderTimeEqualToTheUploadIsWeak() {
    ContainerMetadata md = ContainerMetadata.fromTags(Map.of("creation_time", "2024-02-02T10:00:00Z"));

    List<Signal> signals = rule.signals(md, Instant.parse("2024-02-02T10:03:00Z"));

    assertThat(signals).extracting(Signal::indicates).containsExactly("captured:2024-02-02", "capture-to-post-days:0");
    assertThat(signals).allSatisfy(s -> assertThat(s.strength()).isEqualTo(0.1));
    assertThat(signals.get(0).reference()).contains("weak evidence");
  }

  @Test
  void aDeviceTimeIsStrongEvenNearTheUpload() {
    ContainerMetadata md = ContainerMetadata.fromTags(Map.of("com.apple.quicktime.creationdate", "2019-08-12T14:03:22+0900"));

    List<Signal> signals = rule.signals(md, Instant.parse("2019-08-12T06:00:00Z"));

    assertThat(signals).extracting(Signal::strength).containsOnly(0.7);
    assertThat(signals).extracting(Signal::indicates).contains("filmed-before:2020-01-22");
  }

  @Test
  void aTimeAfterThePostIsFlaggedAsWrong() {
    ContainerMetadata md = ContainerMetadata.fromTags(Map.of("creation_time", "2025-01-01T00:00:00Z"));

    List<Signal> signals = rule.signals(md, Instant.parse("2019-01-01T00:00:00Z"));

    assertThat(signals).singleElement().satisfies(s -> {
      assertThat(s.strength()).isEqualTo(0.05);
      assertThat(s.reference()).contains("after the post time");
    });
  }

  @Test
  void noTimeNoSignal() {
    assertThat(rule.signals(ContainerMetadata.fromTags(Map.of("creation_time", "garbage")), null)).isEmpty();
  }
}
