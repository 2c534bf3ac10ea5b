package org.reeltrace.app;

import java.util.ArrayList;
import java.util.List;
import org.reeltrace.analysis.signals.CaptureSignals;
import org.reeltrace.core.Signal;
import org.reeltrace.media.ContainerMetadata;
import org.reeltrace.media.UnreadableMediaException;
import org.reeltrace.media.VehicleMotion;
import org.reeltrace.media.VehicleMotionMeter;
import org.reeltrace.media.VideoProbe;
import org.reeltrace.store.PostMedia;

/**
 * Capture signals from each of a post's video files: the container's creation time (and the gap to the
 * posting time, and whether it predates the DPRK's 2020-01-22 border closure), GPS inside known DPRK sites,
 * the device and editing software, and the moving-vehicle signature of the camera motion.
 */
final class CaptureSignalFinder implements SignalFinder {
  private final VideoProbe probe = new VideoProbe();
  private final VehicleMotionMeter motion = new VehicleMotionMeter();
  private final CaptureSignals rules = new CaptureSignals();

  @Override
  public String producer() {
    return "capture-v1";
  }

  @Override
  public List<Signal> findInPost(PostContext post) throws SignalFailure {
    List<Signal> found = new ArrayList<>();
    for (PostMedia media : post.media()) {
      try {
        ContainerMetadata metadata = probe.metadata(media.path());
        VehicleMotion measured = motion.measure(media.path());
        found.addAll(rules.signals(metadata, post.post().postedAt(), measured));
      } catch (UnreadableMediaException e) {
        throw new SignalFailure(OneLineFailure.describe(e), e);
      }
    }
    return found;
  }
}
