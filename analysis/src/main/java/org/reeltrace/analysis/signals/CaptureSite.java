package org.reeltrace.analysis.signals;

import java.util.List;
import java.util.Objects;
import org.reeltrace.media.GeoPoint;

/**
 * A geofence: a known place as a circle (centre and radius) or a polygon, with where its coordinates
 * come from.
 *
 * @param id           stable token, e.g. {@code kp-juche-tower}, {@code KP}
 * @param name         display name, e.g. {@code Juche Tower}
 * @param centre       the circle's centre, or for a polygon its first vertex
 * @param radiusMetres the circle's radius; 0 for a polygon
 * @param polygon      the outline's vertices (closed or not), empty for a circle
 * @param source       where the coordinates come from (a cited article or map)
 */
public record CaptureSite(
    String id, String name, GeoPoint centre, double radiusMetres, List<GeoPoint> polygon, String source) {
  public CaptureSite {
    Objects.requireNonNull(centre, "centre");
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("site id must not be blank");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("site " + id + ": name must not be blank");
    }
    if (source == null || source.isBlank()) {
      throw new IllegalArgumentException("site " + id + ": source must not be blank");
    }
    polygon = List.copyOf(polygon);
    if (polygon.isEmpty() && !(radiusMetres > 0 && radiusMetres <= 100_000)) {
      throw new IllegalArgumentException("site " + id + ": radius must be 0 < r <= 100000 m, was " + radiusMetres);
    }
    if (!polygon.isEmpty() && (polygon.size() < 3 || radiusMetres != 0)) {
      throw new IllegalArgumentException(
          "site " + id + ": a polygon needs >= 3 vertices and radius 0, had " + polygon.size() + " and " + radiusMetres);
    }
  }

  /** True when {@code point} lies inside the circle or polygon. */
  public boolean contains(GeoPoint point) {
    if (polygon.isEmpty()) {
      return centre.distanceMetres(point) <= radiusMetres;
    }
    // even-odd ray casting in longitude/latitude: fine away from the poles and the antimeridian
    boolean inside = false;
    for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
      GeoPoint a = polygon.get(i);
      GeoPoint b = polygon.get(j);
      if ((a.latitude() > point.latitude()) != (b.latitude() > point.latitude())) {
        double lon = a.longitude() + (point.latitude() - a.latitude()) / (b.latitude() - a.latitude())
            * (b.longitude() - a.longitude());
        if (point.longitude() < lon) {
          inside = !inside;
        }
      }
    }
    return inside;
  }

  /**
   * Distance from {@code point} to the fence's boundary in metres (to the circle's rim, or to the
   * nearest polygon edge on a local equirectangular projection).
   */
  public double distanceToEdgeMetres(GeoPoint point) {
    if (polygon.isEmpty()) {
      return Math.abs(radiusMetres - centre.distanceMetres(point));
    }
    double metresPerDegLat = 111_195;
    double metresPerDegLon = metresPerDegLat * Math.cos(Math.toRadians(point.latitude()));
    double best = Double.MAX_VALUE;
    for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
      double ax = (polygon.get(j).longitude() - point.longitude()) * metresPerDegLon;
      double ay = (polygon.get(j).latitude() - point.latitude()) * metresPerDegLat;
      double bx = (polygon.get(i).longitude() - point.longitude()) * metresPerDegLon;
      double by = (polygon.get(i).latitude() - point.latitude()) * metresPerDegLat;
      double dx = bx - ax;
      double dy = by - ay;
      double lengthSquared = dx * dx + dy * dy;
      double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
    return best;
  }
}
