package org.reeltrace.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeltrace.core.Signal;
import org.reeltrace.media.ContainerMetadata;

class CaptureDeviceRuleTest {
  private final CaptureDeviceRule rule = new CaptureDeviceRule();

  @Test
  void appleDeviceTags() {
    var signals = rule.signals(ContainerMetadata.fromTags(Map.of(
        "com.apple.quicktime.make", "Apple", "com.apple.quicktime.model", "iPhone 8",
        "com.apple.quicktime.software", "13.3.1", "encoder", "Lavf61.7.100")));

    assertThat(signals).extracting(Signal::indicates).containsExactly("device:Apple iPhone 8");
  }

  @Test
  void editorsAndPlatformsNamedInTags() {
    var signals = rule.signals(ContainerMetadata.fromTags(Map.of(
        "stream0:handler_name", "剪映 VideoHandler",
        "comment", "https://www.douyin.com/video/7300000000000000000",
        "encoder", "Lavf58.76.100")));

    assertThat(signals).extracting(Signal::indicates)
        .containsExactlyInAnyOrder("re-edited:capcut", "platform:douyin", "re-encoded:ffmpeg");
    assertThat(signals).filteredOn(s -> s.indicates().equals("re-edited:capcut"))
        .singleElement().satisfies(s -> assertThat(s.foundIn()).isEqualTo("container:stream0:handler_name"));
  }

  @Test
  void samsungModelWithMakeInItIsNotRepeated() {
    var signals = rule.signals(ContainerMetadata.fromTags(Map.of("make", "samsung", "model", "samsung SM-G960F")));

    assertThat(signals).extracting(Signal::indicates).containsExactly("device:samsung SM-G960F");
  }

  @Test
  void noTagsNoSignals() {
    assertThat(rule.signals(ContainerMetadata.empty())).isEmpty();
  }
}
