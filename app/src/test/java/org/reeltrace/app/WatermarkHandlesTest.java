package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatermarkHandlesTest {
  @Test
  void readsTheHandleOutOfWhatTheSignalIndicates() {
    assertThat(WatermarkHandles.handleIn("uploader:tiktok:@mina.makes")).isEqualTo("mina.makes");
    assertThat(WatermarkHandles.handleIn("uploader:douyin:抖音号:jiangbian_xd")).isEqualTo("jiangbian_xd");
    assertThat(WatermarkHandles.handleIn("uploader:douyin:@江边小店")).isEqualTo("江边小店");
  }

  @Test
  void readsTheRegionsOutOfWhereTheSignalWasFound() {
    assertThat(WatermarkHandles.regionsIn("on-screen 0:00-0:08 bottom-right, top-left"))
        .containsExactly("bottom-right", "top-left");
    assertThat(WatermarkHandles.regionsIn("on-screen 0:03-0:09 top")).containsExactly("top");
    assertThat(WatermarkHandles.regionsIn("caption")).isEmpty();
    assertThat(WatermarkHandles.regionsIn(null)).isEmpty();
  }
}
