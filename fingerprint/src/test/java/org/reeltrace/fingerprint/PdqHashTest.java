package org.reeltrace.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PdqHashTest {

  private static final String BRIDGE =
      "d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22";

  @Test
  void parseAndToHexRoundTrip() {
    PdqHash h = PdqHash.parse(BRIDGE);
    assertThat(h.toHex()).isEqualTo(BRIDGE);
    assertThat(h.toString()).isEqualTo(BRIDGE);
    assertThat(PdqHash.parse(BRIDGE.toUpperCase())).isEqualTo(h);
    assertThat(h.w0()).isEqualTo(0xd8f8f0cee0f4a84fL);
    assertThat(h.w3()).isEqualTo(0x33e6339c4e9c9b22L);
  }

  @Test
  void leadingZerosArePrinted() {
    String hex = "0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff";
    assertThat(PdqHash.parse(hex).toHex()).isEqualTo(hex);
    assertThat(new PdqHash(0, 0, 0, 1).toHex()).isEqualTo("0".repeat(63) + "1");
  }

  @Test
  void bitZeroIsTheLastHexDigitsLowestBit() {
    PdqHash h = new PdqHash(1L << 63, 0, 0, 1);
    assertThat(h.bit(0)).isTrue();
    assertThat(h.bit(1)).isFalse();
    assertThat(h.bit(255)).isTrue();
    assertThat(h.bitCount()).isEqualTo(2);
    assertThat(PdqHash.fromBits(1, 2, 4, 8)).isEqualTo(new PdqHash(8, 4, 2, 1));
    assertThatThrownBy(() -> h.bit(256)).hasMessage("bit must be 0..255, was 256");
  }

  @Test
  void distanceCountsDifferingBits() {
    PdqHash a = PdqHash.parse(BRIDGE);
    PdqHash b = PdqHash.parse("d8f8f0cee0f4a84f0637022a038f67f0b36e2ed596631e1d33e6339c4e9c9b22");
    assertThat(a.distance(a)).isZero();
    assertThat(a.distance(b)).isEqualTo(2).isEqualTo(b.distance(a));
    assertThat(new PdqHash(0, 0, 0, 0).distance(new PdqHash(-1, -1, -1, -1))).isEqualTo(256);
  }

  @Test
  void badTextIsRejectedWithTheText() {
    assertThatThrownBy(() -> PdqHash.parse("abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("PDQ hash must be 64 hex digits, was \"abc\"");
    String bad = "g" + BRIDGE.substring(1);
    assertThatThrownBy(() -> PdqHash.parse(bad))
        .hasMessage("PDQ hash must be 64 hex digits, was \"" + bad + "\" (bad digit at 0)");
  }

  @Test
  void resultAndDihedralCheckQuality() {
    PdqHash h = PdqHash.parse(BRIDGE);
    assertThat(new PdqResult(h, 100).toLine()).isEqualTo(BRIDGE + ",100");
    assertThatThrownBy(() -> new PdqResult(h, 130)).hasMessage("quality must be 0..100, was 130");
    assertThatThrownBy(() -> new PdqDihedral(h, h, h, h, h, h, h, h, -1))
        .hasMessage("quality must be 0..100, was -1");
    assertThat(new PdqDihedral(h, h, h, h, h, h, h, h, 7).hashes()).hasSize(8);
  }
}
