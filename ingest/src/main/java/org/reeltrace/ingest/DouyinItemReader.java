package org.reeltrace.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reeltrace.core.ArchiveFormat;
import org.reeltrace.core.ArchivedPost;
import org.reeltrace.core.Channel;
import org.reeltrace.core.ChannelKey;
import org.reeltrace.core.Engagement;
import org.reeltrace.core.Music;
import org.reeltrace.core.Post;
import org.reeltrace.core.PostKey;

/**
 * Reads one Douyin {@code aweme} item as Zeeschuimer captures it on douyin.com: aweme_id, desc,
 * create_time, duration (ms), author{unique_id, uid, nickname, follower_count},
 * statistics{play_count, digg_count, comment_count, share_count}, music{id, title, author, album},
 * text_extra[{hashtag_name}] / cha_list[{cha_name}]. Platform douyin, metadata only.
 */
final class DouyinItemReader {
  private DouyinItemReader() {}

  static ArchivedPost read(JsonItem item, Instant observedAt, ArchiveFile file, int line)
      throws BadItem {
    String id = item.id("aweme_id");
    if (id == null) {
      throw item.missing("post id", "aweme_id");
    }
    JsonItem author = item.child("author");
    if (author == null) {
      throw item.missing("channel", "author");
    }
    // Keyed as yt-dlp's Douyin extractor keys it (uploader = unique_id, uploader_id = uid), so the
    // two formats agree; the numeric short_id some accounts show instead is not used.
    String handle = author.id("unique_id");
    String uid = author.id("uid");
    String key = handle != null ? handle : uid;
    if (key == null) {
      throw author.missing("channel", "unique_id", "uid");
    }
    ChannelKey channelKey = new ChannelKey("douyin", key);
    String desc = item.text("desc");
    JsonItem stats = item.child("statistics");
    JsonItem music = item.child("music");
    JsonItem video = item.child("video");
    Double durationMs = item.seconds("duration");
    if (durationMs == null && video != null) {
      durationMs = video.seconds("duration");
    }
    List<String> hashtags = new ArrayList<>();
    for (JsonItem t : item.objects("text_extra")) {
      ZeeschuimerReader.addIfText(hashtags, t.text("hashtag_name"));
    }
    if (hashtags.isEmpty()) {
      for (JsonItem c : item.objects("cha_list")) {
        ZeeschuimerReader.addIfText(hashtags, c.text("cha_name"));
      }
    }
    hashtags = hashtags.isEmpty() ? Hashtags.in(desc) : Hashtags.cleaned(hashtags);
    Post post = new Post(
        new PostKey("douyin", id),
        channelKey,
        item.epochSeconds("create_time"),
        null,
        desc,
        durationMs == null ? null : BigDecimal.valueOf(durationMs).movePointLeft(3).doubleValue(),
        "https://www.douyin.com/video/" + id,
        music == null ? Music.NONE
            : new Music(music.id("id_str") != null ? music.id("id_str") : music.id("id"),
                music.text("title"), music.text("author"), music.text("album")),
        hashtags,
        null,
        null);
    Engagement engagement = stats == null ? Engagement.UNKNOWN
        : new Engagement(stats.count("play_count"), stats.count("digg_count"),
            stats.count("comment_count"), stats.count("share_count"));
    return new ArchivedPost(
        new Channel(channelKey, handle, author.text("nickname"), uid, author.text("signature")),
        author.count("follower_count"),
        post,
        engagement,
        observedAt,
        Optional.empty(),
        file.at(line),
        ArchiveFormat.ZEESCHUIMER_NDJSON);
  }
}
