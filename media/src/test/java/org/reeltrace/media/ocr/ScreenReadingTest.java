package org.reeltrace.media.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenReadingTest {
  private static WatermarkHandle known(String handle) {
    return new WatermarkHandle(WatermarkHandle.UNKNOWN_PLATFORM, handle, 3, 0, 2, List.of("bottom-right"), 0.5);
  }

  @Test
  void aKnownHandleTheWatermarkAlreadyNamesIsNotAddedAgain() {
    List<TextSighting> lines = new ArrayList<>();
    for (int second = 0; second < 3; second++) {
      lines.add(new TextSighting(second, "bottom-right", "抖音", 0.9f));
      lines.add(new TextSighting(second, "bottom-right", "抖音号: jiangbian_xd", 0.9f));
    }
    ScreenReading reading = new ScreenReading(lines, List.of(known("@Jiangbian_xd"), known("@mina.makes")));

    assertThat(reading.handles()).extracting(WatermarkHandle::handle)
        .containsExactly("抖音号:jiangbian_xd", "@mina.makes");
  }
}
