package org.reeltrace.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.reeltrace.core.MediaFile;
import org.reeltrace.media.UnreadableMediaException;
import org.reeltrace.media.VideoInfo;
import org.reeltrace.media.VideoProbe;
import org.reeltrace.store.Store;
import org.reeltrace.store.StoredVideo;

/**
 * Identifies a video file by the SHA-256 of its bytes and checks that FFmpeg can decode it.
 *
 * <p>A file the store already knows at the same path, size and modification time is not read again,
 * so a resumed or repeated ingest skips the work.
 */
final class VideoFiles {
  private final Store store;
  private final VideoProbe probe = new VideoProbe();

  VideoFiles(Store store) {
    this.store = store;
  }

  /** A video file that is absent, unreadable or not a decodable video; the message is one line. */
  static final class UnusableVideo extends Exception {
    UnusableVideo(String message) {
      super(message);
    }
  }

  StoredVideo describe(Path path) throws UnusableVideo {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(path, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new UnusableVideo("video file not found: " + path);
    } catch (IOException e) {
      throw new UnusableVideo("cannot read video file " + path + ": " + e.getMessage());
    }
    if (!attributes.isRegularFile()) {
      throw new UnusableVideo("video path is not a file: " + path);
    }
    Instant modified = attributes.lastModifiedTime().toInstant();
    long size = attributes.size();
    Optional<MediaFile> known = store.knownVideo(path, size, modified);
    if (known.isPresent()) {
      return new StoredVideo(known.get(), path, modified);
    }
    String sha256 = sha256(path);
    VideoInfo info;
    try {
      info = probe.probe(path);
    } catch (UnreadableMediaException e) {
      throw new UnusableVideo(path + ": " + e.getMessage());
    }
    MediaFile file =
        new MediaFile(sha256, size, info.container(), info.durationSeconds(), info.width(), info.height(),
            info.creationTime().flatMap(VideoFiles::instant).orElse(null));
    return new StoredVideo(file, path, modified);
  }

  /** The container's creation time tag as an instant, if it is ISO 8601 (as FFmpeg writes it). */
  static Optional<Instant> instant(String tag) {
    try {
      return Optional.of(java.time.OffsetDateTime.parse(tag.strip().replace(' ', 'T')).toInstant());
    } catch (java.time.format.DateTimeParseException e) {
      try {
        return Optional.of(java.time.LocalDateTime.parse(tag.strip().replace(' ', 'T'))
            .toInstant(java.time.ZoneOffset.UTC));
      } catch (java.time.format.DateTimeParseException notLocal) {
        return Optional.empty();
      }
    }
  }

  private static String sha256(Path path) throws UnusableVideo {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(path)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UnusableVideo("cannot read video file " + path + ": " + e.getMessage());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
