package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.media.SyntheticClip.Camera;
import org.reeltrace.media.SyntheticClip.Spec;
import org.reeltrace.media.SyntheticClip.Window;

class VehicleMotionMeterTest {
  private final VehicleMotionMeter meter = new VehicleMotionMeter();

  @TempDir Path temp;

  private BufferedImage photo() {
    return SyntheticClip.photo(SampleVideos.testdata().resolve("pdq/data/bridge-mods/aaa-orig.jpg"));
  }

  private VehicleMotion measure(Spec spec, String name) throws Exception {
    return meter.measure(SyntheticClip.write(spec, temp.resolve(name + ".mp4")));
  }

  @Test
  void panThroughAWindowFrame() throws Exception {
    VehicleMotion m = measure(Spec.of(photo(), Camera.PAN, 40, Window.FRAME), "pan-frame");
    assertThat(m.lateralFraction()).isGreaterThan(0.8);
    assertThat(m.meanSpeedPxPerSecond()).isBetween(34.0, 46.0);
    assertThat(m.staticShare()).isGreaterThan(0.05);
  }

  @Test
  void panPastAPillar() throws Exception {
    VehicleMotion m = measure(Spec.of(photo(), Camera.PAN, -60, Window.PILLAR), "pan-pillar");
    assertThat(m.lateralFraction()).isGreaterThan(0.8);
    assertThat(m.staticShare()).isGreaterThan(0.05);
  }

  @Test
  void plainPanHasNoStaticPart() throws Exception {
    VehicleMotion m = measure(Spec.of(photo(), Camera.PAN, 40, Window.NONE), "pan-plain");
    assertThat(m.lateralFraction()).isGreaterThan(0.8);
    assertThat(m.staticShare()).isLessThan(0.02);
  }

  @Test
  void stillCameraDoesNotPan() throws Exception {
    VehicleMotion m = measure(Spec.of(photo(), Camera.STILL, 0, Window.FRAME), "still");
    assertThat(m.lateralFraction()).isZero();
  }

  @Test
  void zoomIsNotAPan() throws Exception {
    VehicleMotion m = measure(Spec.of(photo(), Camera.ZOOM, 0, Window.NONE), "zoom");
    assertThat(m.lateralFraction()).isLessThan(0.3);
  }

  @Test
  void handheldJitterIsNotAPan() throws Exception {
    VehicleMotion m = measure(Spec.of(photo(), Camera.JITTER, 0, Window.NONE), "jitter");
    assertThat(m.lateralFraction()).isLessThan(0.4);
  }
}
