package org.reeltrace.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignalTest {
  @Test
  void keepsWhatItIsGiven() {
    Signal s = new Signal(Signal.Kind.TERMINOLOGY, "south-korean-usage", "북한", "caption", 0.4,
        "lexicon ko-bukhan");
    assertThat(s.matched()).isEqualTo("북한");
    assertThat(s.reference()).isEqualTo("lexicon ko-bukhan");
  }

  @Test
  void rejectsStrengthOutsideZeroToOne() {
    assertThatThrownBy(() -> new Signal(Signal.Kind.TERMINOLOGY, "x", "y", "caption", 1.5, null))
        .hasMessageContaining("1.5");
  }

  @Test
  void rejectsBlankMatchedText() {
    assertThatThrownBy(() -> new Signal(Signal.Kind.TERMINOLOGY, "x", " ", "caption", 0.5, null))
        .hasMessageContaining("matched");
  }
}
