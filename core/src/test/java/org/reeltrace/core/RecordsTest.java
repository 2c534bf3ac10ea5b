package org.reeltrace.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RecordsTest {
  @Test
  void tiktokHandlesAreCaseInsensitiveAndLoseTheAtSign() {
    assertThat(new ChannelKey("TikTok", "@Love21004")).isEqualTo(new ChannelKey("tiktok", "love21004"));
  }

  @Test
  void youtubeChannelIdsKeepTheirCase() {
    assertThat(new ChannelKey("YouTube", "UCabcDEF").channelId()).isEqualTo("UCabcDEF");
  }

  @Test
  void negativeCountsAreRejectedWithTheValue() {
    assertThatThrownBy(() -> new Engagement(-3L, null, null, null))
        .hasMessage("views must be >= 0, was -3");
  }

  @Test
  void itemErrorIsOneLine() {
    ItemError e = new ItemError(new SourceLocation(Path.of("a.ndjson"), 7), "bad\njson\n here");
    assertThat(e.toString()).isEqualTo("a.ndjson:7: bad json here");
  }

  @Test
  void mediaFileNeedsAFullHash() {
    assertThatThrownBy(() -> new MediaFile("abc", 1, null, null, null, null))
        .hasMessageContaining("was abc");
  }
}
