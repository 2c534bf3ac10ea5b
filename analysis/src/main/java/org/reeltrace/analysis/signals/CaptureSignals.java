package org.reeltrace.analysis.signals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reeltrace.core.Signal;
import org.reeltrace.media.ContainerMetadata;
import org.reeltrace.media.VehicleMotion;

/** All capture signals of one video: time, location and device from its container, context from its motion. */
public final class CaptureSignals {
  private final CaptureTimeRule time = new CaptureTimeRule();
  private final CaptureLocationRule location;
  private final CaptureDeviceRule device = new CaptureDeviceRule();
  private final CaptureContextRule context = new CaptureContextRule();

  public CaptureSignals(CaptureSites sites) {
    this.location = new CaptureLocationRule(sites);
  }

  /** Capture signals over the bundled DPRK sites. */
  public CaptureSignals() {
    this(CaptureSites.bundled());
  }

  /**
   * The capture signals, in the order time, location, device, context.
   *
   * @param postedAt when the post was published, or {@code null}
   * @param motion   the measured motion, or {@code null} when not measured
   */
  public List<Signal> signals(ContainerMetadata metadata, Instant postedAt, VehicleMotion motion) {
    List<Signal> signals = new ArrayList<>(time.signals(metadata, postedAt));
    signals.addAll(location.signals(metadata));
    signals.addAll(device.signals(metadata));
    if (motion != null) {
      signals.addAll(context.signals(motion));
    }
    return signals;
  }
}
