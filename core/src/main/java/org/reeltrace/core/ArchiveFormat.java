package org.reeltrace.core;

/** The archive formats ReelTrace reads. */
public enum ArchiveFormat {
  /** yt-dlp {@code --write-info-json} output, one {@code .info.json} per video. */
  YT_DLP_INFO_JSON,
  /** TikTok Research API video query response ({@code data.videos[]}). */
  TIKTOK_RESEARCH_API,
  /** 4CAT / Zeeschuimer TikTok export, one JSON item per line. */
  ZEESCHUIMER_NDJSON,
  /** A plain CSV manifest: {@code platform,post_id,channel,posted_at,caption,video_path}. */
  CSV_MANIFEST
}
