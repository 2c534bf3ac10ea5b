package org.reeltrace.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
  @Test
  void escapesMarkupQuotesAndControlCharacters() {
    assertThat(Html.esc("<b a=\"1\" c='2'>&\u0000\u0007x</b>"))
        .isEqualTo("&lt;b a=&quot;1&quot; c=&#39;2&#39;&gt;&amp;x&lt;/b&gt;");
    assertThat(Html.esc("북한 北韩 😀")).isEqualTo("북한 北韩 😀");
    assertThat(Html.esc(null)).isEmpty();
  }

  @Test
  void onlyWebAddressesBecomeLinks() {
    assertThat(Html.safeHref("https://x.org/?a=1&b=<2>")).isEqualTo("https://x.org/?a=1&amp;b=&lt;2&gt;");
    assertThat(Html.safeHref(" JavaScript:alert(1)")).isNull();
    assertThat(Html.safeHref("data:text/html,<script>")).isNull();
    assertThat(Html.safeHref(null)).isNull();
  }

  @Test
  void clockShowsMinutesAndSeconds() {
    assertThat(HtmlReport.clock(0)).isEqualTo("0:00");
    assertThat(HtmlReport.clock(75.9)).isEqualTo("1:15");
  }
}
