package org.reeltrace.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.reeltrace.core.Signal;

class TextSignalProperties {
  private static final TerminologyDetector TERMS = TerminologyDetector.load();
  private static final SelfDisclosureDetector SELF = SelfDisclosureDetector.load();

  @Property(tries = 300)
  void everyMatchIsTextAsWritten(@ForAll("mixedText") String text) {
    String written = Normalizer.normalize(text, Normalizer.Form.NFC);
    for (Signal signal : TERMS.detect(text, "caption")) {
      assertThat(written).contains(signal.matched());
    }
    for (Signal signal : SELF.detect(text, "caption")) {
      assertThat(written).contains(signal.matched());
    }
  }

  /** Fragments of real tells and noise in four scripts, joined with spaces, hashes and punctuation. */
  @Provide
  Arbitrary<String> mixedText() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of("북한", "조선", "로동", "시대", "의", "에서", "朝鲜", "北韓", "游客", "我不是", "North", "Korea",
            "DPRK", "I'm", "not", "a", "tourist", "北朝鮮", "です", "ではありません", "#", "’s", "😀", "\u1100\u1161"),
        Arbitraries.strings().withCharRange('가', '힣').ofMaxLength(3),
        Arbitraries.strings().withCharRange('一', '龥').ofMaxLength(3),
        Arbitraries.strings().alpha().ofMaxLength(5),
        Arbitraries.of(" ", "#", ".", ", ", "_", "\n"));
    return piece.list().ofMaxSize(12).map(parts -> String.join("", parts));
  }
}
