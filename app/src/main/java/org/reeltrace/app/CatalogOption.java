package org.reeltrace.app;

import java.nio.file.Path;
import org.reeltrace.app.soundtrack.SongCatalog;
import picocli.CommandLine.Option;

/** The {@code --catalog FILE} option of the song catalog and soundtrack commands. */
final class CatalogOption {
  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = "the song catalog file (default: ${DEFAULT-VALUE}, beside the default database)",
      defaultValue = SongCatalog.DEFAULT_FILE_NAME)
  Path file;

  Path file() {
    return file;
  }
}
