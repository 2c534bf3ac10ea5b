package org.reeltrace.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TagListTest {
  @Test
  void noTagsAreStoredAsNull() {
    assertThat(TagList.encode(List.of())).isNull();
    assertThat(TagList.decode(null)).isEmpty();
  }

  @Test
  void tagsWithNewlinesAndBackslashesComeBackUnchanged() {
    List<String> tags = List.of("북한", "a\\nb", "two\nlines", "", "end\\");
    assertThat(TagList.decode(TagList.encode(tags))).isEqualTo(tags);
  }

  @Test
  void plainTagsAreJoinedByNewlines() {
    assertThat(TagList.encode(List.of("news", "fyp"))).isEqualTo("news\nfyp");
  }
}
