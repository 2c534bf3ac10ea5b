package org.reeltrace.bench.lineage;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Plans an archive with known lineage from a seed: channels with roles, original posts cut from
 * distinct footage, re-posts made by downloading another post and editing it, posting times, and how
 * each post is archived. Planning draws every random choice; nothing is rendered here.
 *
 * <p>Shape (varied by the seed): 3–5 TikTok creators and 1–2 Douyin creators posting originals, a
 * self-declared outsider with originals only, 2–4 lifters re-posting the originals of one or two
 * creators, 1–2 TikTok accounts re-posting Douyin originals, an aggregator re-posting re-posts
 * (chains original → re-post → re-post) and, with some seeds, a YouTube Shorts channel re-posting
 * TikTok posts with posting dates given to the day only.
 */
final class ArchiveStory {
  static final String FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
  private static final List<String> CREATORS = List.of("mina.makes", "jun.cooks", "tomas.trails", "ola.paints",
      "ravi.rides", "kim.gardens");
  private static final List<String> LIFTERS = List.of("daily.reels.hub", "viral.clipz", "best.of.tok",
      "trend.repost", "clips4u.daily");
  private static final List<String> DOUYIN_CREATORS = List.of("jiangbian_xd", "shanshui_lu", "xiaomao_cc");
  private static final List<String> DOUYIN_REPOSTERS = List.of("cn.clips.daily", "douyin.gems");
  private static final List<String> CAPTIONS = List.of("wait for it", "no way this is real #fyp",
      "this made my day", "watch till the end #viral", "so calming #relax", "part 1 #diy", "new one!");

  private static final String LETTERBOX_9_16 = "scale=360:640:force_original_aspect_ratio=decrease:force_divisible_by=2,"
      + "pad=360:640:(ow-iw)/2:(oh-ih)/2:black";
  /** The footage in a 9:16 frame over itself enlarged to cover the frame and blurred, as video editors fill it. */
  private static final String BLURRED_FILL_9_16 = "split[fill][picture];"
      + "[fill]scale=360:640:force_original_aspect_ratio=increase,crop=360:640,boxblur=20:2[blurred];"
      + "[picture]scale=360:640:force_original_aspect_ratio=decrease:force_divisible_by=2[fitted];"
      + "[blurred][fitted]overlay=(W-w)/2:(H-h)/2";

  /** The fewest posts an archive has. */
  static final int LEAST_POSTS = 30;
  private final Random random;
  private final EditStyle style;
  private final List<StoryChannel> channels = new ArrayList<>();
  private final List<StoryPost> posts = new ArrayList<>();

  private ArchiveStory(long seed, EditStyle style) {
    this.random = new Random(seed);
    this.style = style;
  }

  List<StoryChannel> channels() {
    return List.copyOf(channels);
  }

  /** Every post, each after the post it was downloaded from. */
  List<StoryPost> posts() {
    return List.copyOf(posts);
  }

  /**
   * Plans an archive.
   *
   * @param seed      the seed of every random choice
   * @param footage   distinct footage clips and their lengths in seconds (at least 8 clips of at least 6 s)
   * @param style     how re-posters edit
   */
  static ArchiveStory plan(long seed, Map<Path, Double> footage, EditStyle style) {
    if (footage.size() < 8) {
      throw new IllegalArgumentException("need at least 8 footage clips, got " + footage.size());
    }
    ArchiveStory story = new ArchiveStory(seed, Objects.requireNonNull(style, "style"));
    story.build(footage);
    return story;
  }

  private void build(Map<Path, Double> footage) {
    List<Path> clips = new ArrayList<>(footage.keySet());
    Collections.sort(clips);
    Collections.shuffle(clips, random);
    Instant base = Instant.parse("2024-01-08T00:00:00Z").plus(Duration.ofDays(random.nextInt(200)));

    List<StoryChannel> creators = new ArrayList<>();
    for (String h : pick(CREATORS, 3 + random.nextInt(3))) {
      creators.add(channel("tiktok", h, Role.CREATOR, random.nextBoolean() ? Format.YTDLP : Format.RESEARCH_API));
    }
    List<StoryChannel> douyin = new ArrayList<>();
    for (String h : pick(DOUYIN_CREATORS, 1 + random.nextInt(2))) {
      douyin.add(channel("douyin", h, Role.DOUYIN_CREATOR, random.nextBoolean() ? Format.YTDLP : Format.ZEESCHUIMER));
    }
    StoryChannel outsider = channel("tiktok", "tourist.lena", Role.OUTSIDER, Format.MANIFEST);

    int clip = 0;
    List<StoryPost> tiktokOriginals = new ArrayList<>();
    List<StoryPost> douyinOriginals = new ArrayList<>();
    for (StoryChannel c : creators) {
      for (int i = 0, n = 2 + random.nextInt(3); i < n && clip < clips.size() - 4; i++) {
        tiktokOriginals.add(original(c, clips.get(clip), footage.get(clips.get(clip++)), base));
      }
    }
    for (StoryChannel c : douyin) {
      for (int i = 0, n = 2 + random.nextInt(2); i < n && clip < clips.size() - 2; i++) {
        douyinOriginals.add(original(c, clips.get(clip), footage.get(clips.get(clip++)), base));
      }
    }
    for (int i = 0, n = 1 + random.nextInt(2); i < n && clip < clips.size(); i++) {
      original(outsider, clips.get(clip), footage.get(clips.get(clip++)), base);
    }

    List<StoryPost> firstCopies = new ArrayList<>();
    for (String h : pick(LIFTERS, 2 + random.nextInt(3))) {
      StoryChannel lifter = channel("tiktok", h, Role.LIFTER, random.nextBoolean() ? Format.RESEARCH_API
          : Format.ZEESCHUIMER);
      List<StoryChannel> sources = pick(creators, 1 + random.nextInt(2));
      List<StoryPost> pool = tiktokOriginals.stream().filter(p -> sources.contains(p.channel())).toList();
      for (StoryPost parent : pick(pool, Math.min(pool.size(), 2 + random.nextInt(3)))) {
        firstCopies.add(repost(lifter, parent));
      }
    }
    for (String h : pick(DOUYIN_REPOSTERS, 1 + random.nextInt(2))) {
      StoryChannel reposter = channel("tiktok", h, Role.DOUYIN_REPOSTER, Format.YTDLP);
      for (StoryPost parent : pick(douyinOriginals, Math.min(douyinOriginals.size(), 2 + random.nextInt(2)))) {
        firstCopies.add(repost(reposter, parent));
      }
    }
    StoryChannel aggregator = channel("tiktok", "mega.compilations", Role.AGGREGATOR, Format.ZEESCHUIMER);
    for (StoryPost parent : pick(firstCopies, Math.min(firstCopies.size(), 3 + random.nextInt(3)))) {
      repost(aggregator, parent);
    }
    if (random.nextBoolean()) {
      StoryChannel shorts = new StoryChannel("youtube", "clipcorner", "UC" + token(22), "Clip Corner",
          Role.SHORTS_LIFTER, Format.YTDLP);
      channels.add(shorts);
      List<StoryPost> pool = posts.stream().filter(p -> p.platform().equals("tiktok")
          && p.channel().role() != Role.OUTSIDER && p.channel().role() != Role.AGGREGATOR).toList();
      for (StoryPost parent : pick(pool, 2 + random.nextInt(2))) {
        repost(shorts, parent);
      }
    }
    topUp();
  }

  /** Tops a small archive up to {@link #LEAST_POSTS} with more lifter re-posts of TikTok originals. */
  private void topUp() {
    List<StoryChannel> lifters = channels.stream().filter(c -> c.role() == Role.LIFTER).toList();
    List<StoryPost> originals = posts.stream().filter(p -> p.parent() == null && p.platform().equals("tiktok")
        && p.channel().role() == Role.CREATOR).toList();
    while (posts.size() < LEAST_POSTS && !lifters.isEmpty() && !originals.isEmpty()) {
      repost(lifters.get(random.nextInt(lifters.size())), originals.get(random.nextInt(originals.size())));
    }
  }

  private StoryChannel channel(String platform, String handle, Role role, Format format) {
    StoryChannel c = new StoryChannel(platform, handle, handle, display(handle), role, format);
    channels.add(c);
    return c;
  }

  private StoryPost original(StoryChannel c, Path clip, double clipSeconds, Instant base) {
    int duration = (int) Math.min(6 + random.nextInt(5), Math.floor(clipSeconds));
    double start = Math.floor(random.nextDouble() * Math.max(0, clipSeconds - duration));
    Instant postedAt = base.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
    StatedTime stated = statedTime(c);
    Instant created = random.nextDouble() < 0.6 ? postedAt.minus(Duration.ofMinutes(10 + random.nextInt(2 * 24 * 60)))
        : null;
    StoryPost p = new StoryPost(c.platform(), postId(c.platform(), postedAt), c, clip, start, duration, null, null,
        postedAt, stated, created, caption());
    posts.add(p);
    return p;
  }

  private StoryPost repost(StoryChannel c, StoryPost parent) {
    Duration lag = random.nextDouble() < 0.2 ? Duration.ofMinutes(60 + random.nextInt(5 * 60))
        : Duration.ofMinutes((long) (120 * Math.pow(240, random.nextDouble())));
    Instant postedAt = parent.postedAt().plus(lag);
    StatedTime stated = statedTime(c);
    Instant created = random.nextDouble() < 0.5 ? postedAt.minus(Duration.ofMinutes(5 + random.nextInt(40))) : null;
    if (created != null && !created.isAfter(parent.postedAt())) {
      created = null;
    }
    StoryPost p = new StoryPost(c.platform(), postId(c.platform(), postedAt), c, null, 0, 0, parent,
        style == EditStyle.MILD ? edits(c, parent) : variedEdits(c, parent), postedAt, stated, created, caption());
    posts.add(p);
    return p;
  }

  private StatedTime statedTime(StoryChannel c) {
    if (c.platform().equals("youtube")) {
      return StatedTime.DAY;
    }
    return switch (c.format()) {
      case YTDLP -> random.nextDouble() < 0.25 ? StatedTime.DAY : StatedTime.EXACT;
      case RESEARCH_API, ZEESCHUIMER -> random.nextDouble() < 0.15 ? StatedTime.MISSING : StatedTime.EXACT;
      case MANIFEST -> random.nextBoolean() ? StatedTime.MISSING : StatedTime.EXACT;
    };
  }

  /*
   * The edits a re-poster makes, of the kinds the copy-detection evaluation finds reliably at 1 frame/s
   * (docs/benchmarks.md, "Copy detection"): a re-encode always; whole-second trims (a fractional trim
   * puts every 1 s sample between the source's samples); a mirror; a 0.5 % crop per side (PDQ moves
   * ~30 bits per 1 % on detailed footage); a smaller frame; the re-poster's handle or the platform's
   * download watermark naming the account it was downloaded from; rarely a light speed change. At
   * most one of the edits that move PDQ hashes most (the crop, a 9:16 letterbox, a full
   * logo-and-caption watermark): combined, the copy eval's matcher misses them (seed 1: crop with
   * letterbox, crop with logo watermark).
   */
  private Edits edits(StoryChannel c, StoryPost parent) {
    List<String> filters = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    double length = length(parent);
    int cutStart = 0;
    int cutEnd = 0;
    if (random.nextDouble() < 0.5 && length >= 7) {
      cutStart = random.nextInt(2);
      cutEnd = cutStart == 0 ? 1 : random.nextInt(2);
      labels.add("trim " + cutStart + "+" + cutEnd + " s");
    }
    double speed = 1;
    if (random.nextDouble() < 0.1) {
      speed = random.nextBoolean() ? 0.95 : 1.05;
      filters.add(f("setpts=PTS/%.2f", speed));
      labels.add(f("speed %.2f", speed));
    }
    if (random.nextDouble() < 0.25) {
      filters.add("hflip");
      labels.add("mirror");
    }
    if (random.nextDouble() < 0.25) {
      filters.add("scale=trunc(iw*0.375)*2:trunc(ih*0.375)*2");
      labels.add("downscale 0.75");
    }
    double r = random.nextDouble();
    if (r < 0.2) {
      filters.add("crop=trunc(iw*0.99/2)*2:trunc(ih*0.99/2)*2:trunc(iw*0.005):trunc(ih*0.005)");
      labels.add("crop 0.5 %");
    } else if (r < 0.325) {
      filters.add(LETTERBOX_9_16);
      labels.add("letterbox 9:16");
    } else if (r < 0.45) {
      filters.add(logoWatermark("@" + c.handle()));
      labels.add("logo watermark");
    }
    if (random.nextDouble() < 0.7) {
      addText(c, parent, "fontsize=h/40:fontcolor=white@0.8:borderw=1", List.of("x=w-tw-12:y=h-th-16"), filters, labels);
    }
    filters.add("setsar=1");
    return new Edits(cutStart, cutEnd, speed, filters, labels, 26 + random.nextInt(7));
  }

  /*
   * The VARIED style: edits chosen without regard to what the matcher was tuned on. Trims cut any
   * fraction of a second (so the copy's frames fall between its source's samples); a crop keeps the
   * centre (FFmpeg's default position) and scales back to the frame, as apps that "zoom to fill" do;
   * the re-poster's handle or the download watermark sits in any corner at a readable size. At most
   * one of crop, re-frame (a 9:16 frame with black bars or, for half of them, a blurred fill; for a quarter
   * the meme format's caption band instead) and logo watermark, as in MILD.
   */
  private Edits variedEdits(StoryChannel c, StoryPost parent) {
    List<String> filters = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    double length = length(parent);
    double cutStart = 0;
    double cutEnd = 0;
    if (random.nextDouble() < 0.5 && length >= 6) {
      double most = Math.min(1.5, (length - 5) / 2); // keep at least 5 s
      cutStart = Math.floor(random.nextDouble() * most * 10) / 10.0;
      cutEnd = Math.floor(random.nextDouble() * most * 10) / 10.0;
      labels.add(f("trim %.1f+%.1f s", cutStart, cutEnd));
    }
    double speed = 1;
    if (random.nextDouble() < 0.15) {
      double change = 0.03 + random.nextDouble() * 0.07;
      speed = Math.round((random.nextBoolean() ? 1 + change : 1 - change) * 100) / 100.0;
      filters.add(f("setpts=PTS/%.2f", speed));
      labels.add(f("speed %.2f", speed));
    }
    if (random.nextDouble() < 0.25) {
      filters.add("hflip");
      labels.add("mirror");
    }
    if (random.nextDouble() < 0.2) {
      double brightness = (random.nextDouble() - 0.5) * 0.12;
      double saturation = 0.7 + random.nextDouble() * 0.7;
      filters.add(f("eq=brightness=%.3f:contrast=1.08:saturation=%.2f", brightness, saturation));
      labels.add("colour");
    }
    if (random.nextDouble() < 0.25) {
      double scale = 0.5 + random.nextDouble() * 0.3;
      filters.add(f("scale=trunc(iw*%.3f/2)*2:trunc(ih*%.3f/2)*2", scale, scale));
      labels.add(f("downscale %.2f", scale));
    }
    double r = random.nextDouble();
    if (r < 0.2) {
      double side = 0.03 + random.nextDouble() * 0.07;
      double keep = 1 - 2 * side;
      filters.add(f("crop=trunc(iw*%.4f/2)*2:trunc(ih*%.4f/2)*2,scale=trunc(iw/%.4f/2)*2:trunc(ih/%.4f/2)*2", keep,
          keep, keep, keep));
      labels.add(f("crop %.0f %%", side * 100));
    } else if (r < 0.325) {
      // half of them fill the frame with the footage blurred instead of black bars, a quarter put it under
      // a meme's caption band; drawn apart from the archive's random numbers, so that every other edit of
      // the archive stays as it was
      Random frame = new Random(Objects.hash(c.handle(), parent.postId()));
      if (frame.nextBoolean()) {
        filters.add(BLURRED_FILL_9_16);
        labels.add("blurred fill 9:16");
      } else if (frame.nextBoolean()) {
        filters.add(memeCaptionBand(CAPTIONS.get(frame.nextInt(CAPTIONS.size()))));
        labels.add("meme caption band");
      } else {
        filters.add(LETTERBOX_9_16);
        labels.add("letterbox 9:16");
      }
    } else if (r < 0.45) {
      filters.add(logoWatermark("@" + c.handle()));
      labels.add("logo watermark");
    }
    if (random.nextDouble() < 0.7) {
      addText(c, parent, "fontsize=h/28:fontcolor=white@0.85:borderw=2",
          List.of("x=16:y=16", "x=w-tw-16:y=16", "x=16:y=h-th-24", "x=w-tw-16:y=h-th-24"), filters, labels);
    }
    filters.add("setsar=1");
    return new Edits(cutStart, cutEnd, speed, filters, labels, 24 + random.nextInt(10));
  }

  /**
   * The meme format: the footage 540 pixels wide under a white band carrying {@code caption} in black, over
   * a thin white strip; a caption of more than two words is split over two lines.
   */
  private static String memeCaptionBand(String caption) {
    List<String> words = List.of(caption.split(" "));
    int half = words.size() > 2 ? (words.size() + 1) / 2 : words.size();
    String first = String.join(" ", words.subList(0, half));
    String second = String.join(" ", words.subList(half, words.size()));
    String text = "drawtext=fontfile=%s:text='%s':fontcolor=black:fontsize=40:x=(w-tw)/2:y=%s";
    String band = f("scale=540:-2,pad=540:ih+190:0:160:white," + text, FONT, first,
        second.isEmpty() ? "(160-th)/2" : "32");
    return second.isEmpty() ? band : band + "," + f(text, FONT, second, "88");
  }

  /**
   * The re-poster's handle, or (from TikTok and Douyin) the platform's download watermark naming the
   * account the video was downloaded from; {@code style} is drawtext's size and colour, drawn at one of
   * {@code positions} (a random one when there are several).
   */
  private void addText(StoryChannel c, StoryPost parent, String style, List<String> positions, List<String> filters,
      List<String> labels) {
    boolean download = !parent.platform().equals("youtube") && random.nextBoolean();
    String text = download ? (parent.platform().equals("douyin") ? "Douyin ID\\: " : "TikTok @")
        + parent.channel().handle() : "@" + c.handle();
    String position = positions.size() == 1 ? positions.get(0) : positions.get(random.nextInt(positions.size()));
    filters.add(f("drawtext=fontfile=%s:text='%s':%s:%s", FONT, text, style, position));
    labels.add(download ? Edits.DOWNLOAD_WATERMARK : "handle stamp");
  }

  /** The length of a post's video in seconds. */
  static double length(StoryPost p) {
    return p.parent() == null ? p.duration()
        : (length(p.parent()) - p.edits().cutStart() - p.edits().cutEnd()) / p.edits().speed();
  }

  private String logoWatermark(String handle) {
    return f("drawbox=x=iw/20:y=ih/20:w=iw/14:h=iw/14:color=white@0.85:t=fill,"
        + "drawtext=fontfile=%s:text='TikTok':x=w/20+w/10:y=h/20:fontsize=h/30:fontcolor=white:borderw=2,"
        + "drawtext=fontfile=%s:text='%s':x=w/20:y=h/20+w/10:fontsize=h/36:fontcolor=white:borderw=2,"
        + "drawtext=fontfile=%s:text='%s':x=(w-text_w)/2:y=h*0.72:fontsize=h/26:fontcolor=white:box=1:"
        + "boxcolor=black@0.5:boxborderw=6", FONT, FONT, handle, FONT, CAPTIONS.get(random.nextInt(CAPTIONS.size())));
  }

  /** TikTok and Douyin ids carry the creation time in their top 32 bits; YouTube ids are 11 random characters. */
  private String postId(String platform, Instant postedAt) {
    if (platform.equals("youtube")) {
      return token(11);
    }
    long id = (postedAt.getEpochSecond() << 32) | (random.nextInt() & 0xffffffffL);
    return Long.toUnsignedString(id);
  }

  private String token(int length) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  private String caption() {
    return CAPTIONS.get(random.nextInt(CAPTIONS.size()));
  }

  private <T> List<T> pick(List<T> from, int n) {
    List<T> copy = new ArrayList<>(from);
    Collections.shuffle(copy, random);
    return copy.subList(0, Math.min(n, copy.size()));
  }

  private static String display(String handle) {
    String[] words = handle.split("[._]");
    StringBuilder s = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && !w.matches("\\d+")) {
        s.append(s.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
      }
    }
    return s.toString();
  }

  static String f(String format, Object... values) {
    return String.format(Locale.ROOT, format, values);
  }

}
