package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CatalogManifestTest {
  @Test
  void splitsPlainAndQuotedFields() {
    assertThat(CatalogManifest.fields("a.mp3,\"Hello, world\",\"say \"\"hi\"\"\",,KR"))
        .containsExactly("a.mp3", "Hello, world", "say \"hi\"", "", "KR");
    assertThat(CatalogManifest.fields("")).containsExactly("");
    assertThat(CatalogManifest.fields("a,")).containsExactly("a", "");
  }

  @Test
  void rejectsBrokenQuotes() {
    assertThatThrownBy(() -> CatalogManifest.fields("a,\"open"))
        .hasMessage("unterminated quoted field");
    assertThatThrownBy(() -> CatalogManifest.fields("\"a\"b,c"))
        .hasMessage("text after a closing quote at column 4");
  }
}
