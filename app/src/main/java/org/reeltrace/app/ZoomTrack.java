package org.reeltrace.app;

import java.util.Objects;

/**
 * One {@link ZoomWindow} of every sampled picture of a video, hashed as it is and mirrored.
 *
 * @param zoom   the centred window
 * @param hashes the window's hashes
 */
record ZoomTrack(ZoomWindow zoom, WindowTrack hashes) {
  ZoomTrack {
    Objects.requireNonNull(zoom, "zoom");
    Objects.requireNonNull(hashes, "hashes");
  }
}
