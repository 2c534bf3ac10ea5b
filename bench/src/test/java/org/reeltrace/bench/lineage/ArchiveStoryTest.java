package org.reeltrace.bench.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchiveStoryTest {
  private static Map<Path, Double> footage() {
    Map<Path, Double> clips = new LinkedHashMap<>();
    for (int i = 0; i < 21; i++) {
      clips.put(Path.of("clip-" + i + ".mp4"), 10.0 + i % 5);
    }
    return clips;
  }

  @Test
  void everySeedGivesAnArchiveOfTheIntendedShape() {
    for (long seed = 1; seed <= 40; seed++) {
      ArchiveStory story = ArchiveStory.plan(seed, footage(), seed <= 20 ? EditStyle.MILD : EditStyle.VARIED);
      assertThat(story.channels()).hasSizeBetween(8, 16);
      assertThat(story.posts()).hasSizeBetween(ArchiveStory.LEAST_POSTS, 60);
      assertThat(story.channels()).extracting(StoryChannel::role)
          .contains(Role.CREATOR, Role.DOUYIN_CREATOR, Role.OUTSIDER, Role.LIFTER, Role.DOUYIN_REPOSTER, Role.AGGREGATOR);
      assertThat(story.posts()).anySatisfy(p -> assertThat(p.generation()).isEqualTo(2));
      assertThat(story.posts()).extracting(StoryPost::key).doesNotHaveDuplicates();
      for (StoryPost p : story.posts()) {
        assertThat(ArchiveStory.length(p)).as("length of %s", p.key()).isGreaterThanOrEqualTo(4);
        if (p.parent() != null) {
          assertThat(p.postedAt()).isAfter(p.parent().postedAt());
          assertThat(story.posts().indexOf(p.parent())).isLessThan(story.posts().indexOf(p));
        }
        if (!p.platform().equals("youtube")) {
          assertThat(Long.parseUnsignedLong(p.postId()) >>> 32).isEqualTo(p.postedAt().getEpochSecond());
        }
      }
    }
  }

  @Test
  void theSameSeedPlansTheSameArchive() {
    assertThat(ArchiveStory.plan(7, footage(), EditStyle.MILD).posts()).isEqualTo(ArchiveStory.plan(7, footage(), EditStyle.MILD).posts());
  }

  @Test
  void variedEditsTrimByFractionsCropTheCentreAndChangeSpeedWithinTenPercent() {
    java.util.List<Edits> edits = new java.util.ArrayList<>();
    for (long seed = 1; seed <= 20; seed++) {
      ArchiveStory.plan(seed, footage(), EditStyle.VARIED).posts().stream().filter(p -> p.parent() != null)
          .forEach(p -> edits.add(p.edits()));
    }
    assertThat(edits).anySatisfy(e -> assertThat(e.cutStart() % 1).isNotZero());
    assertThat(edits).allSatisfy(e -> assertThat(e.speed()).isBetween(0.9, 1.1));
    assertThat(edits).anySatisfy(e -> assertThat(e.speed()).isNotEqualTo(1.0));
    assertThat(edits).flatExtracting(Edits::labels).anySatisfy(l -> assertThat(l).matches("crop \\d+ %"));
    assertThat(edits).flatExtracting(Edits::filters).filteredOn(f -> f.startsWith("crop="))
        .allSatisfy(f -> assertThat(f).doesNotContain(":trunc(iw*0").contains(",scale="));
  }

  @Test
  void truthNamesTheNearestCopyThatChangedThePictureOrThatTheDownloadWatermarkNames() {
    for (long seed = 1; seed <= 20; seed++) {
      ArchiveStory story = ArchiveStory.plan(seed, footage(), EditStyle.MILD);
      LineageTruth truth = LineageTruth.of(story.posts());
      for (StoryPost p : story.posts()) {
        if (p.parent() == null) {
          assertThat(truth.postEdges()).doesNotContainKey(p.key());
          continue;
        }
        String source = truth.postEdges().get(p.key());
        StoryPost expected = p.parent().parent() == null || !p.parent().edits().labels().isEmpty()
            || p.edits().namesParent() ? p.parent() : LineageTruth.source(p.parent());
        assertThat(source).isEqualTo(expected.key());
        assertThat(truth.clusters().get(p.origin().key())).contains(p.key(), source);
      }
    }
  }
}
