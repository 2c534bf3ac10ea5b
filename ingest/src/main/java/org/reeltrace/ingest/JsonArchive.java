package org.reeltrace.ingest;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a {@code .json} file, telling its format from its structure: a Research API response
 * ({@code data.videos}, {@code videos}, or an array of video objects), a yt-dlp info document
 * ({@code extractor_key}/{@code extractor}/{@code _type}), or 4CAT/Zeeschuimer items (one object,
 * an array of them, or NDJSON saved under a {@code .json} name).
 */
final class JsonArchive {
  static final String UNKNOWN_FORMAT =
      "unknown format: not a yt-dlp info.json, TikTok Research API response or 4CAT/Zeeschuimer TikTok export";

  private JsonArchive() {}

  static void read(byte[] bytes, ArchiveFile file) {
    JsonSource source = new JsonSource(bytes);
    JsonSource.Located root;
    try {
      root = source.root();
    } catch (JsonSource.BadJson e) {
      if (e.severalValues) {
        ZeeschuimerReader.readLines(new String(bytes, StandardCharsets.UTF_8), file);
      } else {
        file.error(e.line, e.getMessage());
      }
      return;
    }
    JsonNode node = root.node();
    Optional<JsonPointer> videos = ResearchApiReader.videosAt(node);
    if (videos.isPresent()) {
      ResearchApiReader.read(source, videos.get(), file);
      return;
    }
    Optional<String> apiError = ResearchApiReader.apiError(node);
    if (apiError.isPresent()) {
      file.error(root.line(), apiError.get());
      return;
    }
    if (node.isArray()) {
      readItems(source, file);
      return;
    }
    Optional<JsonItem> json = JsonItem.of(node);
    if (json.isEmpty()) {
      file.error(0, UNKNOWN_FORMAT);
      return;
    }
    try {
      if (InfoJsonReader.recognizes(json.get())) {
        if (!InfoJsonReader.isPlaylist(json.get())) {
          file.sink().post(InfoJsonReader.read(json.get(), file, root.line()));
        }
      } else if (ZeeschuimerReader.recognizes(json.get())) {
        file.sink().post(ZeeschuimerReader.item(json.get(), file, root.line()));
      } else {
        file.error(0, UNKNOWN_FORMAT);
      }
    } catch (BadItem | IllegalArgumentException e) {
      file.error(root.line(), e.getMessage());
    }
  }

  /** A top-level array: 4CAT/Zeeschuimer items (Research API arrays were taken before). */
  private static void readItems(JsonSource source, ArchiveFile file) {
    boolean first = true;
    for (JsonSource.Located e : source.elementsAt(ResearchApiReader.TOP)) {
      Optional<JsonItem> item = JsonItem.of(e.node());
      if (first && (item.isEmpty() || !ZeeschuimerReader.recognizes(item.get()))) {
        file.error(0, UNKNOWN_FORMAT);
        return;
      }
      first = false;
      try {
        JsonItem json = item.orElseThrow(
            () -> new BadItem("item must be a JSON object, was " + JsonItem.shown(e.node())));
        file.sink().post(ZeeschuimerReader.item(json, file, e.line()));
      } catch (BadItem | IllegalArgumentException bad) {
        file.error(e.line(), bad.getMessage());
      }
    }
  }
}
