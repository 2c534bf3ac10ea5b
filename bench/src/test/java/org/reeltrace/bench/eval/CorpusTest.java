package org.reeltrace.bench.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {
  @TempDir
  Path folder;

  @Test
  void manifestRoundTrips() throws IOException {
    SourceClip source = new SourceClip("src-a.mp4", "photograph a.jpg, pan and zoom", 12);
    GroundTruth copy = new GroundTruth("q-splice-a.mp4", Transform.SPLICE, Optional.of("src-a.mp4"),
        new Interval(2.5, 10.25), new Interval(1, 8.75), 1);
    GroundTruth negative = new GroundTruth("n-b.mp4", Transform.NEGATIVE, Optional.empty(), new Interval(0, 10),
        new Interval(0, 0), 1);
    new Corpus(folder, List.of(source), List.of(copy, negative)).write();

    Corpus read = Corpus.read(folder);
    assertThat(read.sources()).containsExactly(source);
    assertThat(read.queries()).containsExactly(copy, negative);
    assertThat(Corpus.isComplete(folder)).isFalse(); // the videos are not there
    for (String id : List.of("src-a.mp4", "q-splice-a.mp4", "n-b.mp4")) {
      Files.writeString(folder.resolve(id), "x");
    }
    assertThat(Corpus.isComplete(folder)).isTrue();
  }

  @Test
  void malformedLineNamesFileAndLine() throws IOException {
    Files.writeString(folder.resolve(Corpus.MANIFEST), "# header\nsource\tsrc-a.mp4\tx\t12\nquery\tq.mp4\tCROP\n");
    assertThatThrownBy(() -> Corpus.read(folder))
        .hasMessageContaining(Corpus.MANIFEST + " line 3")
        .hasMessageContaining("got 3 fields");
  }

  @Test
  void negativeWithSourceIsRejected() {
    assertThatThrownBy(() -> new GroundTruth("n.mp4", Transform.NEGATIVE, Optional.of("src-a.mp4"),
        new Interval(0, 1), new Interval(0, 1), 1)).hasMessageContaining("n.mp4");
  }
}
