package org.reeltrace.analysis.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeltrace.core.Signal;
import org.reeltrace.media.ContainerMetadata;
import org.reeltrace.media.GeoPoint;

class CaptureLocationRuleTest {
  private final CaptureSites sites = CaptureSites.bundled();
  private final CaptureLocationRule rule = new CaptureLocationRule(sites);

  private List<Signal> at(String iso6709) {
    return rule.signals(ContainerMetadata.fromTags(Map.of("location", iso6709)));
  }

  @Test
  void bundledSitesCoverTheListedPlacesWithSources() {
    assertThat(sites.sites()).hasSizeGreaterThanOrEqualTo(15);
    assertThat(sites.sites()).extracting(CaptureSite::name).contains("Kim Il Sung Square", "Juche Tower",
        "Ryugyong Hotel", "Kumsusan Palace of the Sun", "Mirae Scientists Street", "Mount Kumgang", "Rason (Rajin-Sonbong)");
    assertThat(sites.sites()).allSatisfy(site -> {
      assertThat(site.source()).isNotBlank();
      assertThat(sites.country().contains(site.centre())).as(site.name() + " inside the KP outline").isTrue();
    });
    assertThat(sites.country().id()).isEqualTo("KP");
  }

  @Test
  void aPointAtJucheTowerIsFilmedThereAndInKp() {
    List<Signal> signals = at("+39.0177+125.7633+034.000/");

    assertThat(signals).extracting(Signal::indicates).containsExactly("filmed-at:kp-juche-tower", "filmed-in:KP");
    assertThat(signals.get(0).matched()).startsWith("+39.0177+125.7633+034.000/ (").endsWith(" m from Juche Tower)");
    assertThat(signals.get(0).reference()).contains("Wikipedia");
    assertThat(signals.get(0).foundIn()).isEqualTo("container:location");
    assertThat(signals.get(1).strength()).isEqualTo(0.6);
  }

  @Test
  void aPointInRuralDprkIsOnlyInKp() {
    assertThat(at("+39.6000+126.8000/")).extracting(Signal::indicates).containsExactly("filmed-in:KP");
  }

  @Test
  void seoulBeijingAndTokyoAreOutside() {
    for (String point : new String[] {"+37.5663+126.9779/", "+39.9042+116.4074/", "+35.6762+139.6503/"}) {
      assertThat(at(point)).as(point).extracting(Signal::indicates).containsExactly("filmed-outside:KP");
    }
  }

  @Test
  void nearTheBorderTheCountryCallIsWeakOrWithheld() {
    // Dandong, China, across the Yalu from Sinuiju: not called outside (the outline is too coarse)
    assertThat(at("+40.1290+124.3940/")).extracting(Signal::indicates).doesNotContain("filmed-outside:KP");
    List<Signal> jsa = at("+37.9561+126.6775/");
    assertThat(jsa).extracting(Signal::indicates).contains("filmed-at:kp-panmunjom-jsa");
    assertThat(jsa).filteredOn(s -> s.indicates().equals("filmed-in:KP")).allSatisfy(s -> assertThat(s.strength()).isEqualTo(0.3));
  }

  @Test
  void malformedOrMissingLocationGivesNothing() {
    assertThat(at("+99.0000+125.7381/")).isEmpty();
    assertThat(at("39.0194,125.7381")).isEmpty();
    assertThat(rule.signals(ContainerMetadata.empty())).isEmpty();
  }

  @Test
  void circleAndPolygonGeometry() {
    CaptureSite circle = new CaptureSite("c", "C", GeoPoint.of(0, 0), 1000, List.of(), "test");
    assertThat(circle.contains(GeoPoint.of(0.005, 0))).isTrue();
    assertThat(circle.contains(GeoPoint.of(0.01, 0))).isFalse();
    CaptureSite square = new CaptureSite("s", "S", GeoPoint.of(0, 0), 0,
        List.of(GeoPoint.of(0, 0), GeoPoint.of(0, 1), GeoPoint.of(1, 1), GeoPoint.of(1, 0)), "test");
    assertThat(square.contains(GeoPoint.of(0.5, 0.5))).isTrue();
    assertThat(square.contains(GeoPoint.of(1.5, 0.5))).isFalse();
    assertThat(square.distanceToEdgeMetres(GeoPoint.of(0.5, 0.5))).isBetween(55_000.0, 56_000.0);
  }

  @Test
  void rejectsBadSiteFiles() {
    assertThatThrownBy(() -> read("{\"type\":\"Feature\"}")).hasMessage("test.geojson: not a GeoJSON FeatureCollection");
    assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[{\"id\":\"a\",\"geometry\":"
        + "{\"type\":\"Point\",\"coordinates\":[125.7,39.0]},\"properties\":{\"kind\":\"site\",\"name\":\"A\","
        + "\"source\":\"x\"}}]}"))
        .hasMessage("test.geojson: feature 0: site a: radius must be 0 < r <= 100000 m, was 0.0");
    assertThatThrownBy(() -> read("{\"type\":\"FeatureCollection\",\"features\":[]}"))
        .hasMessage("test.geojson: no feature of kind country");
  }

  private static CaptureSites read(String json) throws Exception {
    return CaptureSites.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.geojson");
  }
}
