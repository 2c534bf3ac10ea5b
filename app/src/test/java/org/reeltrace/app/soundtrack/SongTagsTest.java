package org.reeltrace.app.soundtrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SongTagsTest {
  @Test
  void normalisesLooseInput() {
    SongTags t = SongTags.of(" Arirang ", "Folk", " kr", " ", "");
    assertThat(t).isEqualTo(new SongTags("Arirang", "Folk", "KR", Optional.empty(),
        OptionalInt.empty()));
    assertThat(SongTags.of("A", "B", "CN", "Label", "2021").year()).hasValue(2021);
  }

  @Test
  void rejectsWhatIsNotACountryCode() {
    assertThatThrownBy(() -> SongTags.of("A", "B", "XZ", null, null))
        .hasMessage("origin must be an ISO 3166-1 alpha-2 country code such as KR or CN, was 'XZ'");
    assertThatThrownBy(() -> SongTags.of("A", "B", "KOR", null, null))
        .hasMessageContaining("was 'KOR'");
  }

  @Test
  void rejectsBlankNamesAndBadYears() {
    assertThatThrownBy(() -> SongTags.of(" ", "B", "KR", null, null))
        .hasMessage("title must not be blank, was ''");
    assertThatThrownBy(() -> SongTags.of("A", "B", "KR", null, "99"))
        .hasMessage("year must be 1000..9999, was 99");
    assertThatThrownBy(() -> SongTags.of("A", "B", "KR", null, "1999a"))
        .hasMessage("year must be a number, was '1999a'");
  }
}
