/**
 * Ingest: reads archive folders into {@link org.reeltrace.core.ArchivedPost} records.
 *
 * <p>{@link org.reeltrace.ingest.ArchiveReader} is the entry point. A file's kind is told by its
 * name ({@code FileKind}: .json, .ndjson/.jsonl, .csv) and a JSON file's format by its structure
 * ({@code JsonArchive}); each format has its own reader ({@code InfoJsonReader},
 * {@code ResearchApiReader}, {@code ZeeschuimerReader} with {@code DouyinItemReader},
 * {@code CsvManifestReader}). Bad items become {@link org.reeltrace.core.ItemError}s with the file,
 * the line and a one-line problem; nothing in this package throws for bad content.
 */
package org.reeltrace.ingest;
