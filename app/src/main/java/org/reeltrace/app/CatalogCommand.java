package org.reeltrace.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reeltrace catalog add|import|list}: the origin-labelled song catalog. */
@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = {
      "Keeps the catalog of songs labelled with their country of origin, against which",
      "'reeltrace soundtrack' identifies the music of a video. The catalog is one binary file."
    },
    subcommands = {CatalogAddCommand.class, CatalogImportCommand.class, CatalogListCommand.class})
final class CatalogCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
