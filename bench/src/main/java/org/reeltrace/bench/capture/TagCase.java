package org.reeltrace.bench.capture;

import java.time.Instant;
import java.util.Map;

/**
 * One labelled metadata case: container tags written into a short clip and what the capture rules
 * should conclude from them.
 *
 * @param postedAt       post time given to the time rule, or null
 * @param filmedBefore   the tags put the capture before 2020-01-22 (Pyongyang time)
 * @param site           the geofence id the position lies in, or null
 * @param inKp           the position lies in the DPRK
 * @param device         the tags name the camera device
 * @param reEdited       the tags name an editing app
 */
record TagCase(String name, Map<String, String> tags, Instant postedAt, boolean filmedBefore, String site,
    boolean inKp, boolean device, boolean reEdited) {

  static TagCase time(String name, Map<String, String> tags, boolean before) {
    return new TagCase(name, tags, null, before, null, false, false, false);
  }

  static TagCase place(String name, String tag, String iso6709, String site, boolean inKp) {
    return new TagCase(name, Map.of(tag, iso6709), null, false, site, inKp, false, false);
  }

  static TagCase software(String name, Map<String, String> tags, boolean device, boolean reEdited) {
    return new TagCase(name, tags, null, false, null, false, device, reEdited);
  }
}
