package org.reeltrace.media;

import java.util.OptionalDouble;

/**
 * A point on the WGS 84 ellipsoid, as a container's location tag states it.
 *
 * @param latitude  degrees north, -90..90
 * @param longitude degrees east, -180..180
 * @param altitude  metres above the reference surface, when the tag gives one
 */
public record GeoPoint(double latitude, double longitude, OptionalDouble altitude) {
  public GeoPoint {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude must be -90..90, was " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude must be -180..180, was " + longitude);
    }
    if (altitude == null) {
      altitude = OptionalDouble.empty();
    }
    if (altitude.isPresent() && !Double.isFinite(altitude.getAsDouble())) {
      throw new IllegalArgumentException("altitude must be finite, was " + altitude.getAsDouble());
    }
  }

  /** A point without altitude. */
  public static GeoPoint of(double latitude, double longitude) {
    return new GeoPoint(latitude, longitude, OptionalDouble.empty());
  }

  /**
   * Great-circle distance to {@code other} in metres (haversine on a sphere of radius 6,371,008.8 m,
   * the IUGG mean Earth radius; error below 0.5 % anywhere, plenty for geofences of hundreds of metres).
   */
  public double distanceMetres(GeoPoint other) {
    double phi1 = Math.toRadians(latitude);
    double phi2 = Math.toRadians(other.latitude);
    double dPhi = phi2 - phi1;
    double dLambda = Math.toRadians(other.longitude - longitude);
    double h = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
        + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
    return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
