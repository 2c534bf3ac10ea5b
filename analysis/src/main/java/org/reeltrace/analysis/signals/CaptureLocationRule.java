package org.reeltrace.analysis.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.reeltrace.core.Signal;
import org.reeltrace.core.Signal.Kind;
import org.reeltrace.media.ContainerMetadata;
import org.reeltrace.media.GeoPoint;

/**
 * CAPTURE_LOCATION: the container's GPS position inside a known DPRK tourist site's geofence
 * ({@code filmed-at:<site id>}), inside the DPRK outline ({@code filmed-in:KP}) or clearly outside it
 * ({@code filmed-outside:KP}).
 */
public final class CaptureLocationRule {
  /*
   * GPS tags are written by the phone's camera app and dropped by most editors and every platform
   * re-encode, so a position that survives is good evidence of the capture place, though any tool can
   * write one. The country outline is coarse (±5-10 km): within BORDER_MARGIN of it the country call is
   * weak (Sinuiju faces Dandong across the Yalu; Panmunjom sits on the demarcation line).
   */
  private static final double BORDER_MARGIN_METRES = 10_000;

  private final CaptureSites sites;

  public CaptureLocationRule(CaptureSites sites) {
    this.sites = Objects.requireNonNull(sites, "sites");
  }

  /** A rule over the bundled DPRK sites. */
  public CaptureLocationRule() {
    this(CaptureSites.bundled());
  }

  /** The signals {@code metadata}'s location yields; none without a valid location. */
  public List<Signal> signals(ContainerMetadata metadata) {
    List<Signal> signals = new ArrayList<>();
    GeoPoint point = metadata.location();
    if (point == null) {
      return signals;
    }
    String foundIn = "container:" + metadata.locationTag();
    String matched = metadata.rawTags().getOrDefault(metadata.locationTag(), format(point));
    Optional<CaptureSite> site = sites.siteAt(point);
    site.ifPresent(s -> signals.add(new Signal(Kind.CAPTURE_LOCATION, "filmed-at:" + s.id(),
        matched + String.format(Locale.ROOT, " (%.0f m from %s)", s.centre().distanceMetres(point), s.name()),
        foundIn, 0.7,
        String.format(Locale.ROOT, "geofence %s, radius %.0f m; coordinates: %s", s.name(), s.radiusMetres(), s.source()))));
    CaptureSite country = sites.country();
    boolean inside = country.contains(point);
    double margin = country.distanceToEdgeMetres(point);
    boolean nearBorder = margin < BORDER_MARGIN_METRES;
    String reference = String.format(Locale.ROOT, "%s outline, %.1f km from its edge; %s",
        country.id(), margin / 1000, country.source());
    if (inside) {
      signals.add(new Signal(Kind.CAPTURE_LOCATION, "filmed-in:" + country.id(), matched, foundIn,
          nearBorder ? 0.3 : 0.6, reference));
    } else if (!nearBorder) {
      signals.add(new Signal(Kind.CAPTURE_LOCATION, "filmed-outside:" + country.id(), matched, foundIn, 0.4, reference));
    }
    return signals;
  }

  private static String format(GeoPoint point) {
    return String.format(Locale.ROOT, "%+.4f%+.4f/", point.latitude(), point.longitude());
  }
}
