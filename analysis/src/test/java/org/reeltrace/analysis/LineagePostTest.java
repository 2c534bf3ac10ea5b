package org.reeltrace.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.PostKey;

class LineagePostTest {
  private static LineagePost post(List<String> handles, List<List<String>> regions) {
    return new LineagePost(new PostKey("tiktok", "1"), new ChannelKey("tiktok", "mega.compilations"),
        "mega.compilations", Instant.parse("2024-07-01T10:00:00Z"), null, null, null, 640, 360, null, handles, null,
        regions);
  }

  @Test
  void regionsAreGivenForEveryHandleOrNone() {
    assertThatThrownBy(() -> post(List.of("@a.b.c", "@d.e.f"), List.of(List.of("top"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 handles");
    assertThat(post(List.of("@a.b.c"), null).watermarkRegions()).isEmpty();
  }

  @Test
  void regionsNamingAHandleAreKnownEmptyOrUnknown() {
    LineagePost placed = post(List.of("@Mega.Compilations", "@viral.clipz"),
        List.of(List.of("bottom-right"), List.of("top-left")));
    assertThat(placed.regionsNaming("mega.compilations")).containsExactly("bottom-right");
    assertThat(placed.regionsNaming("tomas.trails")).isEmpty();
    assertThat(post(List.of("@mega.compilations"), List.of()).regionsNaming("mega.compilations")).isNull();
  }
}
