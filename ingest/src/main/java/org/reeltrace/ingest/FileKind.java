package org.reeltrace.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of metadata file ReelTrace reads, told by name; within a kind the format is told by
 * structure ({@link JsonArchive}). Files of no kind (README.txt, videos, images) are not archive
 * metadata and are passed over without an error.
 */
enum FileKind {
  /** {@code .json}, including yt-dlp's {@code .info.json}: one JSON document. */
  JSON(".json") {
    @Override
    void read(byte[] bytes, ArchiveFile file) {
      JsonArchive.read(bytes, file);
    }
  },
  /** {@code .ndjson} / {@code .jsonl}: one JSON item per line (4CAT / Zeeschuimer). */
  NDJSON(".ndjson", ".jsonl") {
    @Override
    void read(byte[] bytes, ArchiveFile file) {
      ZeeschuimerReader.readLines(new String(bytes, StandardCharsets.UTF_8), file);
    }
  },
  /** {@code .csv}: a plain manifest. */
  CSV(".csv") {
    @Override
    void read(byte[] bytes, ArchiveFile file) {
      CsvManifestReader.read(new String(bytes, StandardCharsets.UTF_8), file);
    }
  };

  private final String[] suffixes;

  FileKind(String... suffixes) {
    this.suffixes = suffixes;
  }

  /** Reads the file's bytes, sending items and errors to the file's sink. Never throws for content. */
  abstract void read(byte[] bytes, ArchiveFile file);

  static Optional<FileKind> of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toString().toLowerCase(Locale.ROOT);
    for (FileKind kind : values()) {
      for (String suffix : kind.suffixes) {
        if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
          return Optional.of(kind);
        }
      }
    }
    return Optional.empty();
  }
}
