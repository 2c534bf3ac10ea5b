package org.reeltrace.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScreenRegionsTest {
  @Test
  void textMayOverlapInTheSameRowAtMostOneColumnApart() {
    assertThat(ScreenRegions.mayOverlap("bottom-right", "bottom-right")).isTrue();
    assertThat(ScreenRegions.mayOverlap("bottom-right", "bottom")).isTrue();
    assertThat(ScreenRegions.mayOverlap("left", "center")).isTrue();
    assertThat(ScreenRegions.mayOverlap("bottom-left", "bottom-right")).isFalse();
    assertThat(ScreenRegions.mayOverlap("top-right", "bottom-right")).isFalse();
    assertThat(ScreenRegions.mayOverlap("top", "center")).isFalse();
  }

  @Test
  void anUnknownPlaceMayOverlapAnything() {
    assertThat(ScreenRegions.mayOverlap("somewhere", "top-left")).isTrue();
    assertThat(ScreenRegions.mayOverlap("", "top-left")).isTrue();
  }
}
