package org.reeltrace.media;

import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the point strings containers carry in their location tags (QuickTime {@code ©xyz}, Apple's
 * {@code com.apple.quicktime.location.ISO6709}, Android's {@code location}), e.g.
 * {@code +39.0194+125.7381+034.000/}.
 */
public final class Iso6709 {
  /*
   * ISO 6709:2008 Annex H (text string representation): latitude ±DD, ±DDMM or ±DDMMSS, longitude
   * ±DDD, ±DDDMMM or ±DDDMMSS, each optionally with a decimal fraction on its last unit; then an
   * optional altitude ±A (metres), an optional "CRSxxxx" identifier, and the terminator "/". The sign
   * is mandatory; the number of integer digits tells which unit form is used. Writers in the wild
   * (Android's MediaMuxer) sometimes drop the terminator, so it is accepted as optional; anything else
   * after the point is rejected.
   */
  private static final Pattern POINT = Pattern.compile(
      "([+-])(\\d{2}|\\d{4}|\\d{6})(\\.\\d+)?"
          + "([+-])(\\d{3}|\\d{5}|\\d{7})(\\.\\d+)?"
          + "(?:([+-]\\d+(?:\\.\\d+)?))?"
          + "(?:CRS[A-Za-z0-9_:]+)?/?");

  private Iso6709() {}

  /**
   * Parses one ISO 6709 point string.
   *
   * @throws IllegalArgumentException naming the string and the problem when it is not a valid point
   */
  public static GeoPoint parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("ISO 6709 point must not be blank");
    }
    String trimmed = text.strip();
    Matcher m = POINT.matcher(trimmed);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an ISO 6709 point: '" + trimmed + "'");
    }
    double latitude = sign(m.group(1)) * degrees(m.group(2), m.group(3), 2, trimmed);
    double longitude = sign(m.group(4)) * degrees(m.group(5), m.group(6), 3, trimmed);
    if (latitude < -90 || latitude > 90) {
      throw new IllegalArgumentException("latitude must be -90..90, was " + latitude + " in '" + trimmed + "'");
    }
    if (longitude < -180 || longitude > 180) {
      throw new IllegalArgumentException("longitude must be -180..180, was " + longitude + " in '" + trimmed + "'");
    }
    OptionalDouble altitude = m.group(7) == null ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(m.group(7)));
    return new GeoPoint(latitude, longitude, altitude);
  }

  private static int sign(String sign) {
    return "-".equals(sign) ? -1 : 1;
  }

  /** Degrees from D…, D…MM or D…MMSS digits whose last unit may carry {@code fraction}. */
  private static double degrees(String digits, String fraction, int degreeDigits, String text) {
    double frac = fraction == null ? 0 : Double.parseDouble("0" + fraction);
    int degrees = Integer.parseInt(digits.substring(0, degreeDigits));
    if (digits.length() == degreeDigits) {
      return degrees + frac;
    }
    int minutes = Integer.parseInt(digits.substring(degreeDigits, degreeDigits + 2));
    if (digits.length() == degreeDigits + 2) {
      return degrees + checkSixty(minutes + frac, "minutes", text) / 60;
    }
    int seconds = Integer.parseInt(digits.substring(degreeDigits + 2));
    return degrees + checkSixty(minutes, "minutes", text) / 60 + checkSixty(seconds + frac, "seconds", text) / 3600;
  }

  private static double checkSixty(double value, String unit, String text) {
    if (value >= 60) {
      throw new IllegalArgumentException(unit + " must be below 60, was " + value + " in '" + text + "'");
    }
    return value;
  }
}
