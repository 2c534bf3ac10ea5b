package org.reeltrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reeltrace.core.ItemError;
import org.reeltrace.core.SourceLocation;

/**
 * Reads the metadata files of an archive folder: yt-dlp {@code .info.json} (paired with the video
 * beside it), TikTok Research API responses, 4CAT/Zeeschuimer NDJSON and plain CSV manifests.
 *
 * <pre>{@code
 * ArchiveReader reader = new ArchiveReader();
 * for (Path file : reader.findArchiveFiles(root)) {
 *   reader.readFile(file, sink);
 * }
 * }</pre>
 *
 * <p>Bad content never throws: each bad item becomes one {@link ItemError} (file, line, one-line
 * problem) and the file's other items still come through. Thread-safe; holds no state.
 */
public final class ArchiveReader {
  public ArchiveReader() {}

  /**
   * Metadata files under {@code root} (recursive, sorted by path for a stable order) that ReelTrace
   * will read: {@code *.info.json}, {@code *.json}, {@code *.ndjson}/{@code *.jsonl}, {@code *.csv}.
   * Other files (README.txt, videos, images) are ignored silently, and so are hidden files and
   * folders below {@code root} (names starting with {@code .}, such as macOS {@code ._x.info.json}
   * resource forks or {@code .git}). A {@code root} that is itself such a file gives a list of that file.
   *
   * @throws IOException when {@code root} does not exist or a folder cannot be listed
   */
  public List<Path> findArchiveFiles(Path root) throws IOException {
    Objects.requireNonNull(root, "root");
    if (!Files.exists(root)) {
      throw new NoSuchFileException(root.toString(), null, "archive folder not found");
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> FileKind.of(p).isPresent())
          .filter(p -> !hidden(root.relativize(p)))
          .sorted()
          .collect(Collectors.toUnmodifiableList());
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Reads one file, calling {@code sink.post(...)} for each good item and {@code sink.error(...)} for
   * each bad one, in file order. Never throws for bad content; an unreadable file becomes one error.
   * A file that is no archive format by name (README.txt, .mp4) yields nothing.
   */
  public void readFile(Path file, ArchiveSink sink) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sink, "sink");
    Optional<FileKind> kind = FileKind.of(file);
    if (kind.isEmpty()) {
      return;
    }
    ArchiveFile archiveFile;
    byte[] bytes;
    try {
      archiveFile = ArchiveFile.open(file, sink);
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      sink.error(new ItemError(SourceLocation.of(file), "cannot read file: " + describe(e)));
      return;
    }
    try {
      kind.get().read(bytes, archiveFile);
    } catch (UncheckedIOException e) {
      sink.error(new ItemError(SourceLocation.of(file), "cannot read file: " + describe(e.getCause())));
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(IOException e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + " " + e.getMessage();
  }
}
