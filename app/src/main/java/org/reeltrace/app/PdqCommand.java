package org.reeltrace.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.reeltrace.fingerprint.PdqDihedral;
import org.reeltrace.fingerprint.PdqHash;
import org.reeltrace.fingerprint.PdqHasher;
import org.reeltrace.fingerprint.PdqResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reeltrace pdq IMAGE...}: PDQ hashes of image files, one line per image in the reference
 * hasher's format {@code hash,quality,path}; with {@code --dihedral} the eight dihedral hashes
 * (original, rotations, mirrors, in the reference's order) before the quality.
 */
@Command(
    name = "pdq",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the PDQ hash of each image (JPEG, PNG, ...) as hash,quality,path.",
      "Unreadable images get a one-line error on stderr and the others go on."
    })
final class PdqCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--dihedral",
      description = "print the 8 dihedral hashes: original,rot90,rot180,rot270,flipX,flipY,flipPlus1,flipMinus1,quality,path")
  boolean dihedral;

  @Parameters(paramLabel = "IMAGE", arity = "1..*", description = "image files")
  List<Path> images;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PdqHasher hasher = new PdqHasher();
    int failed = 0;
    for (Path image : images) {
      try {
        out.println(dihedral ? dihedralLine(hasher.hashDihedral(image), image) : line(hasher.hash(image), image));
      } catch (IOException | RuntimeException e) {
        failed++;
        out.flush();
        String problem = OneLineFailure.describe(e);
        err.println(problem.contains(image.toString()) ? problem : image + ": " + problem);
        err.flush();
      }
    }
    return failed == images.size() ? 1 : 0;
  }

  static String line(PdqResult result, Path image) {
    return result.hash().toHex() + "," + result.quality() + "," + image;
  }

  static String dihedralLine(PdqDihedral result, Path image) {
    String hashes = result.hashes().stream().map(PdqHash::toHex).collect(Collectors.joining(","));
    return hashes + "," + result.quality() + "," + image;
  }
}
