package org.reeltrace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeltrace.fingerprint.PdqHash;

/** {@code reeltrace pdq} against the reference C++ hasher's output on the shared reference images. */
class PdqCommandTest {
  @TempDir Path dir;

  @Test
  void printsTheReferenceFormatForEveryReferenceImage() throws IOException {
    Path pdq = TestData.root().resolve("pdq");
    List<String> reference = Files.readAllLines(pdq.resolve("reference-cpp-hashes.txt"));
    List<String> args = new ArrayList<>(List.of("pdq"));
    reference.forEach(line -> args.add(pdq.resolve("data").resolve(line.split(",")[2]).toString()));

    CommandRun run = CommandRun.of(args.toArray(String[]::new));

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = List.of(run.out().split("\n"));
    assertThat(lines).hasSameSizeAs(reference);
    for (int i = 0; i < reference.size(); i++) {
      String[] want = reference.get(i).split(",");
      String[] got = lines.get(i).split(",");
      assertThat(got[2]).isEqualTo(pdq.resolve("data").resolve(want[2]).toString());
      assertThat(PdqHash.parse(got[0]).distance(PdqHash.parse(want[0])))
          .as("distance to the reference for %s", want[2])
          .isLessThanOrEqualTo(want[2].endsWith(".png") ? 2 : 10);
      assertThat(Integer.parseInt(got[1])).isCloseTo(Integer.parseInt(want[1]), org.assertj.core.api.Assertions.within(2));
    }
  }

  @Test
  void anUnreadableImageIsOneErrorLineAndTheOthersGoOn() throws IOException {
    Path good = TestData.root().resolve("pdq/data/bridge-mods/aaa-orig.jpg");
    Path bad = Files.writeString(dir.resolve("notes.jpg"), "not an image");

    CommandRun run = CommandRun.of("pdq", bad.toString(), good.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .isEqualTo("d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22,100," + good + "\n");
    assertThat(run.errLines()).singleElement().asString().contains(bad.toString());
  }

  @Test
  void dihedralPrintsEightHashesThenQualityAndPath() {
    Path good = TestData.root().resolve("pdq/data/bridge-mods/aaa-orig.jpg");
    CommandRun run = CommandRun.of("pdq", "--dihedral", good.toString());
    String[] fields = run.out().strip().split(",");
    assertThat(fields).hasSize(10);
    assertThat(fields[0]).isEqualTo("d8f8f0cee0f4a84f0637022a078f67f0b36e2ed596621e1d33e6339c4e9c9b22");
    assertThat(fields[8]).isEqualTo("100");
  }
}
