package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class Iso6709Test {
  @Test
  void parsesDecimalDegreesWithAltitude() {
    GeoPoint p = Iso6709.parse("+39.0194+125.7381+034.000/");

    assertThat(p.latitude()).isEqualTo(39.0194);
    assertThat(p.longitude()).isEqualTo(125.7381);
    assertThat(p.altitude()).hasValue(34.0);
  }

  @Test
  void parsesWithoutAltitudeAndSouthWest() {
    GeoPoint p = Iso6709.parse("-33.8688-151.2093/");

    assertThat(p.latitude()).isEqualTo(-33.8688);
    assertThat(p.longitude()).isEqualTo(-151.2093);
    assertThat(p.altitude()).isEmpty();
  }

  @Test
  void parsesDegreesMinutesAndDegreesMinutesSeconds() {
    GeoPoint minutes = Iso6709.parse("+3901.164+12544.286/");
    GeoPoint seconds = Iso6709.parse("+390109.8+1254417.2/");

    assertThat(minutes.latitude()).isCloseTo(39.0194, within(1e-6));
    assertThat(minutes.longitude()).isCloseTo(125.738100, within(1e-6));
    assertThat(seconds.latitude()).isCloseTo(39 + 1 / 60.0 + 9.8 / 3600, within(1e-9));
    assertThat(seconds.longitude()).isCloseTo(125 + 44 / 60.0 + 17.2 / 3600, within(1e-9));
  }

  @Test
  void acceptsACrsSuffixAndAMissingTerminator() {
    assertThat(Iso6709.parse("+39.0194+125.7381+34CRSWGS_84/").altitude()).hasValue(34.0);
    assertThat(Iso6709.parse(" +39.0194+125.7381 ").longitude()).isEqualTo(125.7381);
  }

  @Test
  void rejectsOutOfRangeCoordinates() {
    assertThatThrownBy(() -> Iso6709.parse("+99.0000+125.7381/"))
        .hasMessage("latitude must be -90..90, was 99.0 in '+99.0000+125.7381/'");
    assertThatThrownBy(() -> Iso6709.parse("+39.0000+190.0000/"))
        .hasMessage("longitude must be -180..180, was 190.0 in '+39.0000+190.0000/'");
    assertThatThrownBy(() -> Iso6709.parse("+3975.0+12544.286/"))
        .hasMessage("minutes must be below 60, was 75.0 in '+3975.0+12544.286/'");
  }

  @Test
  void rejectsMalformedStrings() {
    for (String bad : new String[] {"39.0194,125.7381", "+39.0194/", "+39.0194+125.7381/junk", "+3.0194+125.7381/",
        "+39.0194+25.7381/", "N39.0194E125.7381", "++39.0194+125.7381/"}) {
      assertThatThrownBy(() -> Iso6709.parse(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("not an ISO 6709 point: '" + bad + "'");
    }
    assertThatThrownBy(() -> Iso6709.parse(" ")).hasMessage("ISO 6709 point must not be blank");
  }

  @Test
  void distanceBetweenKnownPoints() {
    // Pyongyang (Kim Il Sung Square) to Seoul City Hall: about 195 km
    double metres = GeoPoint.of(39.0194, 125.7527).distanceMetres(GeoPoint.of(37.5663, 126.9779));

    assertThat(metres).isBetween(190_000.0, 200_000.0);
  }
}
