package org.reeltrace.media;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a video's container says about how it was made: when, where, with what device and software.
 * Every field but {@code rawTags} and {@code problems} is {@code null} when the container does not say.
 *
 * <p>Tags are untrusted: any editing tool can write any value. Values are kept verbatim (stripped).
 *
 * @param createdAt    the capture time, from the most specific tag present (see {@link #CREATION_TAGS})
 * @param createdAtTag the {@code rawTags} key {@code createdAt} was read from
 * @param location     the capture position, from the first location tag that parses as ISO 6709
 * @param locationTag  the {@code rawTags} key {@code location} was read from
 * @param make         the device maker ({@code Apple}, {@code samsung}, ...)
 * @param model        the device model ({@code iPhone 8}, {@code SM-G960F}, ...)
 * @param software     the recording or editing application ({@code 13.3.1}, {@code CapCut}, ...)
 * @param encoder      the muxer or encoder that wrote the file ({@code Lavf58.76.100}, ...)
 * @param rawTags      every tag of the container and its streams: container tags under their own key,
 *                     stream tags as {@code stream<index>:<key>}; sorted by key
 * @param problems     one line per tag that was present but unusable (malformed time or position)
 */
public record ContainerMetadata(
    Instant createdAt,
    String createdAtTag,
    GeoPoint location,
    String locationTag,
    String make,
    String model,
    String software,
    String encoder,
    Map<String, String> rawTags,
    List<String> problems) {

  /** Capture-time tags, most trustworthy first (a device-written local time beats a muxer time). */
  static final List<String> CREATION_TAGS = List.of("com.apple.quicktime.creationdate", "creation_time");
  /** Location tags, most specific first: QuickTime/MP4 {@code ©xyz}, Apple's key, 3GPP {@code loci}. */
  static final List<String> LOCATION_TAGS = List.of("location", "com.apple.quicktime.location.ISO6709", "location-eng");
  static final List<String> MAKE_TAGS = List.of("com.apple.quicktime.make", "com.android.manufacturer", "make");
  static final List<String> MODEL_TAGS = List.of("com.apple.quicktime.model", "com.android.model", "model");
  static final List<String> SOFTWARE_TAGS = List.of("com.apple.quicktime.software", "software", "handler_name");
  static final List<String> ENCODER_TAGS = List.of("encoder");

  public ContainerMetadata {
    if ((createdAt == null) != (createdAtTag == null)) {
      throw new IllegalArgumentException("createdAt and createdAtTag go together, were " + createdAt + " and " + createdAtTag);
    }
    if ((location == null) != (locationTag == null)) {
      throw new IllegalArgumentException("location and locationTag go together, were " + location + " and " + locationTag);
    }
    rawTags = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(rawTags, "rawTags")));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** Metadata of a container without any tag. */
  public static ContainerMetadata empty() {
    return fromTags(Map.of());
  }

  /**
   * Interprets raw tags (keyed as in {@link #rawTags()}). Container-level tags win over stream tags;
   * among stream tags the lowest stream index wins, except for a creation time found only on streams,
   * where the earliest stream time is taken.
   */
  public static ContainerMetadata fromTags(Map<String, String> rawTags) {
    Map<String, String> tags = new TreeMap<>(rawTags);
    List<String> problems = new ArrayList<>();
    Instant createdAt = null;
    String createdAtTag = null;
    for (String key : CREATION_TAGS) {
      for (String candidate : candidates(tags, key)) {
        Optional<Instant> time = CreationTime.parse(tags.get(candidate), candidate, problems);
        if (time.isPresent() && (createdAt == null
            || candidate.startsWith("stream") && createdAtTag.startsWith("stream") && time.get().isBefore(createdAt))) {
          createdAt = time.get();
          createdAtTag = candidate;
        }
      }
      if (createdAt != null) {
        break;
      }
    }
    GeoPoint location = null;
    String locationTag = null;
    for (String key : LOCATION_TAGS) {
      for (String candidate : candidates(tags, key)) {
        try {
          GeoPoint point = Iso6709.parse(tags.get(candidate));
          if (location == null) {
            location = point;
            locationTag = candidate;
          }
        } catch (IllegalArgumentException e) {
          problems.add(candidate + ": " + e.getMessage());
        }
      }
    }
    return new ContainerMetadata(createdAt, createdAtTag, location, locationTag,
        first(tags, MAKE_TAGS), first(tags, MODEL_TAGS), first(tags, SOFTWARE_TAGS), first(tags, ENCODER_TAGS),
        tags, problems);
  }

  /** The keys under which {@code key} occurs: the container's first, then each stream's in index order. */
  private static List<String> candidates(Map<String, String> tags, String key) {
    List<String> found = new ArrayList<>();
    if (tags.containsKey(key)) {
      found.add(key);
    }
    tags.keySet().stream()
        .filter(k -> k.startsWith("stream") && k.endsWith(":" + key) && k.indexOf(':') == k.length() - key.length() - 1)
        .sorted((a, b) -> Integer.compare(streamIndex(a), streamIndex(b)))
        .forEach(found::add);
    return found;
  }

  private static int streamIndex(String key) {
    try {
      return Integer.parseInt(key.substring("stream".length(), key.indexOf(':')));
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  private static String first(Map<String, String> tags, List<String> keys) {
    for (String key : keys) {
      for (String candidate : candidates(tags, key)) {
        String value = tags.get(candidate);
        if (value != null && !value.isBlank() && !GenericHandler.is(key, value)) {
          return value.strip();
        }
      }
    }
    return null;
  }
}
