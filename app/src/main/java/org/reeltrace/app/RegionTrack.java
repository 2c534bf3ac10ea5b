package org.reeltrace.app;

import java.util.Objects;

/**
 * One {@link PictureRegion} of every sampled picture of a video, hashed as it is and mirrored.
 *
 * @param region the part of the picture
 * @param hashes the region's hashes
 */
record RegionTrack(PictureRegion region, WindowTrack hashes) {
  RegionTrack {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(hashes, "hashes");
  }
}
