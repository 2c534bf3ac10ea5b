package org.reeltrace.analysis.signals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.reeltrace.media.GeoPoint;

/**
 * The geofences the CAPTURE_LOCATION rule knows: tourist sites (kind {@code site}) and one coarse
 * country outline (kind {@code country}), read from a GeoJSON FeatureCollection (RFC 7946).
 *
 * <p>Each feature has a string {@code id} and properties {@code kind}, {@code name} and {@code source};
 * a Point feature also {@code radius_m} (metres), a Polygon feature uses its outer ring.
 */
public final class CaptureSites {
  /** The bundled resource: 18 DPRK tourist sites and the DPRK outline. */
  public static final String BUNDLED = "capture-sites.geojson";

  private final List<CaptureSite> sites;
  private final CaptureSite country;

  private CaptureSites(List<CaptureSite> sites, CaptureSite country) {
    this.sites = List.copyOf(sites);
    this.country = country;
  }

  /** The bundled DPRK sites. */
  public static CaptureSites bundled() {
    try (InputStream in = CaptureSites.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("resource " + BUNDLED + " missing from the classpath");
      }
      return read(in, BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(BUNDLED + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a FeatureCollection with exactly one {@code country} feature.
   *
   * @param name the file's name, for error messages
   * @throws IllegalArgumentException naming the file and feature when a feature is malformed
   */
  public static CaptureSites read(InputStream in, String name) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (root == null || !"FeatureCollection".equals(root.path("type").asText())) {
      throw new IllegalArgumentException(name + ": not a GeoJSON FeatureCollection");
    }
    List<CaptureSite> sites = new ArrayList<>();
    CaptureSite country = null;
    Set<String> ids = new HashSet<>();
    int index = 0;
    for (JsonNode feature : root.path("features")) {
      String where = name + ": feature " + index++;
      try {
        CaptureSite site = site(feature);
        if (!ids.add(site.id())) {
          throw new IllegalArgumentException("duplicate id " + site.id());
        }
        String kind = feature.path("properties").path("kind").asText();
        switch (kind) {
          case "site" -> sites.add(site);
          case "country" -> {
            if (country != null) {
              throw new IllegalArgumentException("second country feature " + site.id());
            }
            country = site;
          }
          default -> throw new IllegalArgumentException("kind must be site or country, was '" + kind + "'");
        }
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    if (country == null) {
      throw new IllegalArgumentException(name + ": no feature of kind country");
    }
    return new CaptureSites(sites, country);
  }

  private static CaptureSite site(JsonNode feature) {
    JsonNode properties = feature.path("properties");
    String id = feature.path("id").asText(null);
    String label = properties.path("name").asText(null);
    String source = properties.path("source").asText(null);
    JsonNode geometry = feature.path("geometry");
    String type = geometry.path("type").asText();
    switch (type) {
      case "Point" -> {
        GeoPoint centre = point(geometry.path("coordinates"));
        return new CaptureSite(id, label, centre, properties.path("radius_m").asDouble(0), List.of(), source);
      }
      case "Polygon" -> {
        List<GeoPoint> ring = new ArrayList<>();
        for (JsonNode position : geometry.path("coordinates").path(0)) {
          ring.add(point(position));
        }
        if (ring.isEmpty()) {
          throw new IllegalArgumentException("polygon " + id + " has no outer ring");
        }
        return new CaptureSite(id, label, ring.get(0), 0, ring, source);
      }
      default -> throw new IllegalArgumentException("geometry must be Point or Polygon, was '" + type + "'");
    }
  }

  /** A GeoJSON position: [longitude, latitude]. */
  private static GeoPoint point(JsonNode position) {
    if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
      throw new IllegalArgumentException("position must be [longitude, latitude], was " + position);
    }
    return GeoPoint.of(position.get(1).asDouble(), position.get(0).asDouble());
  }

  /** The tourist sites, in file order. */
  public List<CaptureSite> sites() {
    return sites;
  }

  /** The country outline. */
  public CaptureSite country() {
    return country;
  }

  /** The site whose fence contains {@code point}, the nearest centre when fences overlap. */
  public Optional<CaptureSite> siteAt(GeoPoint point) {
    return sites.stream()
        .filter(site -> site.contains(point))
        .min(Comparator.comparingDouble(site -> site.centre().distanceMetres(point)));
  }
}
