package org.reeltrace.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.media.SyntheticClip.Camera;
import org.reeltrace.media.SyntheticClip.Spec;
import org.reeltrace.media.SyntheticClip.Window;

class ContainerMetadataTest {
  @TempDir Path temp;

  @Test
  void readsTagsWrittenByFfmpegIntoAClipOfARealPhoto() throws Exception {
    Spec spec = Spec.of(SyntheticClip.photo(SampleVideos.testdata().resolve("pdq/data/bridge-mods/aaa-orig.jpg")),
        Camera.STILL, 0, Window.NONE).withTags(Map.of(
            "creation_time", "2019-06-01T08:30:00.000000Z",
            "location", "+39.0194+125.7381+034.000/",
            "com.apple.quicktime.make", "Apple",
            "com.apple.quicktime.model", "iPhone 8",
            "com.apple.quicktime.software", "12.3.1"));
    Path clip = SyntheticClip.write(spec, temp.resolve("tagged.mp4"));

    ContainerMetadata md = new VideoProbe().metadata(clip);

    assertThat(md.createdAt()).isEqualTo(Instant.parse("2019-06-01T08:30:00Z"));
    assertThat(md.createdAtTag()).isEqualTo("creation_time");
    assertThat(md.location()).isEqualTo(Iso6709.parse("+39.0194+125.7381+34/"));
    assertThat(md.locationTag()).isEqualTo("location");
    assertThat(md.make()).isEqualTo("Apple");
    assertThat(md.model()).isEqualTo("iPhone 8");
    assertThat(md.software()).isEqualTo("12.3.1");
    assertThat(md.encoder()).startsWith("Lavf");
    assertThat(md.rawTags()).containsEntry("stream0:creation_time", "2019-06-01T08:30:00.000000Z");
    assertThat(md.problems()).isEmpty();
  }

  @Test
  void readsTheTaggedFixture() throws Exception {
    ContainerMetadata md = new VideoProbe().metadata(SampleVideos.taggedTone(temp));

    assertThat(md.createdAt()).isEqualTo(Instant.parse("2024-03-01T12:34:56Z"));
    assertThat(md.location().latitude()).isEqualTo(37.5665);
  }

  @Test
  void appleLocalCreationDateBeatsTheMuxerTime() {
    ContainerMetadata md = ContainerMetadata.fromTags(Map.of(
        "creation_time", "2023-05-05T05:05:05.000000Z",
        "com.apple.quicktime.creationdate", "2019-08-12T14:03:22+0900"));

    assertThat(md.createdAt()).isEqualTo(Instant.parse("2019-08-12T05:03:22Z"));
    assertThat(md.createdAtTag()).isEqualTo("com.apple.quicktime.creationdate");
  }

  @Test
  void takesTheEarliestStreamTimeWhenTheContainerHasNone() {
    ContainerMetadata md = ContainerMetadata.fromTags(Map.of(
        "stream0:creation_time", "2021-01-01T00:00:00Z",
        "stream1:creation_time", "2019-12-31T23:00:00Z"));

    assertThat(md.createdAt()).isEqualTo(Instant.parse("2019-12-31T23:00:00Z"));
    assertThat(md.createdAtTag()).isEqualTo("stream1:creation_time");
  }

  @Test
  void reportsMalformedAndPlaceholderValues() {
    ContainerMetadata md = ContainerMetadata.fromTags(Map.of(
        "creation_time", "1970-01-01T00:00:00.000000Z",
        "stream0:creation_time", "yesterday",
        "location", "+99.0+125.0/",
        "location-eng", "+39.0194+125.7381/"));

    assertThat(md.createdAt()).isNull();
    assertThat(md.location()).isEqualTo(GeoPoint.of(39.0194, 125.7381));
    assertThat(md.locationTag()).isEqualTo("location-eng");
    assertThat(md.problems()).containsExactly(
        "creation_time: placeholder time (unset clock): '1970-01-01T00:00:00.000000Z'",
        "stream0:creation_time: not a date-time: 'yesterday'",
        "location: latitude must be -90..90, was 99.0 in '+99.0+125.0/'");
  }

  @Test
  void readsAndroidDeviceTagsAndSkipsGenericHandlers() {
    ContainerMetadata md = ContainerMetadata.fromTags(Map.of(
        "com.android.manufacturer", "samsung",
        "com.android.model", "SM-G960F",
        "stream0:handler_name", "VideoHandler",
        "stream1:handler_name", "CapCut",
        "stream0:encoder", "Lavc60.3.100 libx264"));

    assertThat(md.make()).isEqualTo("samsung");
    assertThat(md.model()).isEqualTo("SM-G960F");
    assertThat(md.software()).isEqualTo("CapCut");
    assertThat(md.encoder()).isEqualTo("Lavc60.3.100 libx264");
  }

  @Test
  void emptyMetadataHasNothing() {
    ContainerMetadata md = ContainerMetadata.empty();

    assertThat(md.createdAt()).isNull();
    assertThat(md.location()).isNull();
    assertThat(md.rawTags()).isEmpty();
  }

  @Test
  void rejectsATimeWithoutItsTag() {
    assertThatThrownBy(() -> new ContainerMetadata(Instant.EPOCH, null, null, null, null, null, null, null, Map.of(),
        java.util.List.of()))
        .hasMessage("createdAt and createdAtTag go together, were 1970-01-01T00:00:00Z and null");
  }

  @Test
  void metadataOfATextFileIsUnreadable() throws Exception {
    Path text = java.nio.file.Files.writeString(temp.resolve("notes.mp4"), "not a video\n".repeat(40));

    assertThatThrownBy(() -> new VideoProbe().metadata(text))
        .isInstanceOf(UnreadableMediaException.class)
        .hasMessageStartingWith("not a readable video: unrecognised container");
  }
}
