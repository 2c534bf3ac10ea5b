package org.reeltrace.bench.lineage;

/** How a generated post is archived. */
enum Format {
  /** yt-dlp: {@code .info.json} beside the video. */
  YTDLP,
  /** TikTok Research API JSON for the metadata, the video through the CSV manifest. */
  RESEARCH_API,
  /** Zeeschuimer NDJSON (TikTok item or Douyin aweme) for the metadata, the video through the CSV manifest. */
  ZEESCHUIMER,
  /** Only a CSV manifest row. */
  MANIFEST
}
