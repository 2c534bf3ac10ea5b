package org.reeltrace.bench.audio;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.reeltrace.app.soundtrack.IdentifiedSong;
import org.reeltrace.app.soundtrack.Song;
import org.reeltrace.app.soundtrack.SongCatalog;
import org.reeltrace.app.soundtrack.SongTags;
import org.reeltrace.app.soundtrack.SoundtrackIdentifier;
import org.reeltrace.fingerprint.audio.AlignmentScore;
import org.reeltrace.fingerprint.audio.AudioFingerprinter;
import org.reeltrace.media.AudioReader;
import org.reeltrace.media.PcmAudio;
import org.reeltrace.media.UnreadableMediaException;

/**
 * Soundtrack identification on real music: a catalog of the Debian game-music packages
 * {@code wesnoth-1.16-music hyperrogue-music asc-music} (every sixth track held out as an unknown
 * song), queried with 5, 10 and 30 s excerpts that are clean, talked over in Korean and Mandarin
 * (espeak-ng voices {@code ko}, {@code cmn}, mixed by sox at 0 and −5 dB SNR), re-encoded to
 * 64 kbit/s MP3 and AAC (ffmpeg), sped up or slowed by 3 %, or sped and talked over; negatives are
 * speech alone and excerpts of the held-out tracks. Prints a Markdown report: top-1 accuracy per
 * condition, false matches on negatives, query CPU time for 10 s clips, indexing speed, index size.
 *
 * <p>Run from the repository root (needs Debian {@code sox espeak-ng ffmpeg} and the music
 * packages):
 * <pre>
 * mvn -q -pl bench -am package -DskipTests dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp bench/target/classes:$(cat bench/target/classpath.txt) \
 *     org.reeltrace.bench.audio.SoundtrackEvaluation --work bench/target/soundtrack-eval
 * </pre>
 * Options: {@code --work DIR} (scratch folder, default {@code target/soundtrack-eval}),
 * {@code --threads N} (default 2), {@code --details FILE} (one tab-separated line per query),
 * {@code --seed N} (excerpt positions and speech cuts, default 2026; another seed gives a fresh
 * query set for validating what was tuned on the default one). Query clips are kept under
 * {@code WORK/queries/cached} and reused by later runs with the same seed and work folder.
 */
public final class SoundtrackEvaluation {
  static final List<Path> MUSIC = List.of(
      Path.of("/usr/share/games/wesnoth/1.16/data/core/music"),
      Path.of("/usr/share/hyperrogue/music"),
      Path.of("/usr/share/games/asc/music"));
  static final List<String> ORIGINS = List.of("KR", "CN", "JP", "US", "FR", "DE", "BR", "IN");
  static final int HOLD_OUT_EVERY = 6;
  static final int[] LENGTHS = {5, 10, 30};
  static final int SPEECH_VARIANTS = 4;
  /** Every how many catalogued tracks one is queried (a 2-core machine shared with others). */
  static final int QUERY_EVERY = 2;
  /**
   * Conditions queried at every length (with every other catalogued track); the others only with
   * 10 s clips, to keep runs short.
   */
  static final List<String> ALL_LENGTHS = List.of("clean", "speech ko 0 dB", "speech cmn 0 dB",
      "speed 0.97 + speech ko 0 dB", "speed 1.03 + speech cmn 0 dB");
  static final long SEED = 2026;
  static final String KOREAN = "안녕하세요. 오늘 서울의 날씨는 맑고 따뜻하겠습니다. 시민 여러분께서는 외출하실 때 "
      + "충분한 물을 챙기시기 바랍니다. 이번 주말에는 한강 공원에서 불꽃 축제가 열립니다. 많은 사람들이 모일 "
      + "것으로 예상되니 대중교통을 이용해 주십시오. 다음 소식입니다. 새로운 지하철 노선이 내년 봄에 개통될 "
      + "예정입니다. 정부는 교통 혼잡을 줄이기 위해 여러 가지 대책을 발표했습니다. 전문가들은 이 계획이 "
      + "도시의 미래를 바꿀 것이라고 말합니다. 지금까지 뉴스였습니다. 감사합니다.";
  static final String MANDARIN = "大家好，欢迎收看今天的新闻。今天北京天气晴朗，气温适宜，适合外出散步。"
      + "本周末，市中心公园将举办大型音乐节，预计会有很多市民参加，请大家尽量乘坐公共交通。"
      + "下面请看其他消息。新的地铁线路将在明年春天开通，政府发布了多项措施来缓解交通拥堵。"
      + "专家认为，这个计划将改变城市的未来。以上就是今天的全部新闻，感谢您的收看，我们明天再见。";

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private record Track(Path file, String sha, double seconds) {}

  private record Outcome(String group, String condition, int length, String query,
      String expected, Optional<IdentifiedSong> top, long cpuNanos,
      Optional<AlignmentScore> score) {
    boolean correct() {
      return top.isPresent() && top.get().song().sha256().equals(expected);
    }
  }

  private SoundtrackEvaluation() {}

  public static void main(String[] args) throws Exception {
    Path work = Path.of("target/soundtrack-eval");
    int threads = 2;
    Path details = null;
    long seed = SEED;
    boolean indexingOnly = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--work" -> work = Path.of(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--details" -> details = Path.of(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--indexing-only" -> indexingOnly = true;
        default -> {
          System.err.println("usage: SoundtrackEvaluation [--work DIR] [--threads N] [--details FILE]"
              + " [--seed N] [--indexing-only]");
          System.exit(2);
        }
      }
    }
    ExternalTool.require("sox", "ffmpeg", "espeak-ng");
    Files.createDirectories(work);
    new SoundtrackEvaluation().run(work, threads, details, seed, indexingOnly);
  }

  private void run(Path work, int threads, Path details, long seed, boolean indexingOnly)
      throws Exception {
    List<Path> files = musicFiles();
    if (files.isEmpty()) {
      throw new IllegalStateException("no music under " + MUSIC
          + ": apt-get install -y wesnoth-1.16-music hyperrogue-music asc-music");
    }
    Path catalogFile = work.resolve("catalog.bin");
    Files.deleteIfExists(catalogFile);
    SongCatalog catalog = SongCatalog.open(catalogFile);
    AudioReader reader = new AudioReader(AudioFingerprinter.SAMPLE_RATE);
    AudioFingerprinter fingerprinter = new AudioFingerprinter();
    List<Track> known = new ArrayList<>();
    List<Track> unknown = new ArrayList<>();
    long addNanos = 0;
    long decodeWallNanos = 0;
    long addWallNanos = 0;
    long fingerprintNanos = 0;
    double catalogSeconds = 0;
    int undecodable = 0;
    int position = 0;
    for (Path f : files) {
      PcmAudio pcm;
      long w0 = System.nanoTime();
      try {
        pcm = reader.read(f);
      } catch (UnreadableMediaException e) {
        undecodable++;
        continue;
      }
      long decodeWall = System.nanoTime() - w0;
      boolean held = position++ % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1;
      if (held) {
        unknown.add(new Track(f, "", pcm.durationSeconds()));
        continue;
      }
      long t0 = CPU.getCurrentThreadCpuTime();
      fingerprinter.fingerprint(pcm.samples(), pcm.sampleRate());
      long t1 = CPU.getCurrentThreadCpuTime();
      long w1 = System.nanoTime();
      String origin = ORIGINS.get(known.size() % ORIGINS.size());
      SongCatalog.Addition a = catalog.add(f, SongTags.of(title(f), f.getParent().getParent()
          .getFileName().toString(), origin, "", ""));
      long t2 = CPU.getCurrentThreadCpuTime();
      long addWall = System.nanoTime() - w1;
      if (!a.added()) {
        continue; // the same bytes under another name
      }
      fingerprintNanos += t1 - t0;
      addNanos += t2 - t1;
      decodeWallNanos += decodeWall;
      addWallNanos += addWall;
      catalogSeconds += pcm.durationSeconds();
      known.add(new Track(f, a.song().sha256(), pcm.durationSeconds()));
    }
    catalog.save();
    long catalogBytes = Files.size(catalogFile);
    System.err.printf(Locale.ROOT, "catalog: %d songs, %.2f h, %d bytes; fingerprint %.1f s CPU,"
        + " add %.1f s CPU%n", known.size(), catalogSeconds / 3600, catalogBytes,
        fingerprintNanos / 1e9, addNanos / 1e9);
    /*
     * Wall times (meaningful only on an idle machine) show what decoding costs beside fingerprinting.
     */
    System.err.printf(Locale.ROOT, "wall: FFmpeg decode alone %.1f s = %.0f× real time;"
        + " SongCatalog.add (hash + decode + fingerprint + index) %.1f s = %.0f× real time%n",
        decodeWallNanos / 1e9, catalogSeconds / (decodeWallNanos / 1e9), addWallNanos / 1e9,
        catalogSeconds / (addWallNanos / 1e9));
    /*
     * The import path (catalog import): the same songs again through SongCatalog.addAll, which decodes
     * the next file on a second thread while this one fingerprints, timed by the wall clock.
     */
    Path pipelinedFile = work.resolve("catalog-pipelined.bin");
    Files.deleteIfExists(pipelinedFile);
    SongCatalog pipelined = SongCatalog.open(pipelinedFile);
    List<SongCatalog.Entry> entries = new ArrayList<>();
    for (Track t : known) {
      entries.add(new SongCatalog.Entry(t.file(), SongTags.of("t", "a", "KR", "", "")));
    }
    long p0 = System.nanoTime();
    pipelined.addAll(entries, new SongCatalog.AdditionListener() {
      @Override
      public void added(SongCatalog.Entry entry, SongCatalog.Addition addition) {}

      @Override
      public void failed(SongCatalog.Entry entry, Exception problem) {
        System.err.println(entry.file() + ": " + problem.getMessage());
      }
    });
    double pipelinedWall = (System.nanoTime() - p0) / 1e9;
    System.err.printf(Locale.ROOT, "wall: SongCatalog.addAll (hash + decode ahead on a 2nd thread + fingerprint"
        + " + index) %.1f s = %.0f× real time%n", pipelinedWall, catalogSeconds / pipelinedWall);
    if (indexingOnly) {
      return;
    }
    catalog = SongCatalog.open(catalogFile);
    SoundtrackIdentifier identifier = new SoundtrackIdentifier(catalog);

    Path speechDir = work.resolve("speech");
    Files.createDirectories(speechDir);
    Map<String, Path> speech = new TreeMap<>();
    speech.put("ko", speechFile(speechDir, "ko", KOREAN));
    speech.put("cmn", speechFile(speechDir, "cmn", MANDARIN));

    List<QueryCondition> conditions = List.of(
        QueryCondition.clean(),
        QueryCondition.speech("ko", 0), QueryCondition.speech("cmn", 0),
        QueryCondition.speech("ko", -5), QueryCondition.speech("cmn", -5),
        QueryCondition.codec("mp3"), QueryCondition.codec("aac"),
        QueryCondition.speed(0.97), QueryCondition.speed(1.03),
        QueryCondition.speedAndSpeech(0.97, "ko", 0), QueryCondition.speedAndSpeech(1.03, "cmn", 0));

    List<Runnable> jobs = new ArrayList<>();
    List<Outcome> outcomes = new ArrayList<>() {
      @Override
      public synchronized boolean add(Outcome o) {
        if (details != null) {
          try {
            Files.writeString(details, line(o) + "\n", java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        }
        return super.add(o);
      }
    };
    if (details != null) {
      Files.writeString(details, HEADER + "\n");
    }
    Random random = new Random(seed);
    Path queries = work.resolve("queries");
    Files.createDirectories(queries);
    int n = 0;
    Path wavs = work.resolve("tracks");
    Files.createDirectories(wavs);
    for (int k = 0; k < known.size(); k += QUERY_EVERY) {
      Track t = asWav(known.get(k), wavs);
      boolean allLengths = k % (2 * QUERY_EVERY) == 0;
      for (int length : LENGTHS) {
        if (t.seconds < length * 1.05 + 2) {
          continue;
        }
        double start = random.nextDouble() * (t.seconds - length * 1.05 - 1);
        for (QueryCondition c : conditions) {
          if (length != 10 && (!ALL_LENGTHS.contains(c.name()) || !allLengths)) {
            continue;
          }
          int id = n++;
          int variant = random.nextInt(SPEECH_VARIANTS);
          jobs.add(() -> outcomes.add(query(identifier, queries, id, "positive", t, start, length, c,
              speech, variant)));
        }
      }
    }
    for (Track held : unknown) {
      Track t = asWav(held, wavs);
      for (int length : LENGTHS) {
        if (t.seconds < length + 2) {
          continue;
        }
        double start = random.nextDouble() * (t.seconds - length - 1);
        for (QueryCondition c : List.of(QueryCondition.clean(), QueryCondition.speech("ko", 0))) {
          int id = n++;
          int variant = random.nextInt(SPEECH_VARIANTS);
          jobs.add(() -> outcomes.add(query(identifier, queries, id, "unknown song", t, start,
              length, c, speech, variant)));
        }
      }
    }
    for (String voice : speech.keySet()) {
      for (int length : LENGTHS) {
        for (int v = 0; v < SPEECH_VARIANTS; v++) {
          int id = n++;
          int variant = v;
          jobs.add(() -> outcomes.add(speechAlone(identifier, queries, id, voice, length,
              speech.get(voice), variant)));
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> futures = new ArrayList<>();
    for (Runnable r : jobs) {
      futures.add(pool.submit(r));
    }
    int done = 0;
    for (Future<?> f : futures) {
      f.get();
      if (++done % 100 == 0) {
        System.err.printf("%d/%d queries%n", done, futures.size());
      }
    }
    pool.shutdown();

    report(files.size(), undecodable, known, unknown, catalogSeconds, fingerprintNanos, addNanos,
        catalogBytes, conditions, outcomes);
  }

  private static List<Path> musicFiles() throws IOException {
    List<Path> out = new ArrayList<>();
    for (Path dir : MUSIC) {
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".ogg") || p.toString().endsWith(".mp3"))
            .sorted().forEach(out::add);
      }
    }
    return out;
  }

  /** The track as mono 22.05 kHz WAV, so that cutting excerpts does not decode it again. */
  private static Track asWav(Track t, Path dir) {
    Path wav = dir.resolve(t.file.getFileName() + ".wav");
    if (Files.exists(wav)) {
      return new Track(wav, t.sha, t.seconds);
    }
    ExternalTool.run(List.of("sox", t.file.toString(), "-r", "22050", "-c", "1", wav.toString()));
    return new Track(wav, t.sha, t.seconds);
  }

  private static String title(Path f) {
    String name = f.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Speech of about a minute (the text read twice), mono 22.05 kHz. */
  private static Path speechFile(Path dir, String voice, String text) {
    Path raw = dir.resolve(voice + "-raw.wav");
    Path out = dir.resolve(voice + ".wav");
    ExternalTool.run(List.of("espeak-ng", "-v", voice, "-w", raw.toString(), text + " " + text));
    ExternalTool.run(List.of("sox", raw.toString(), "-r", "22050", "-c", "1", out.toString()));
    return out;
  }

  private Outcome query(SoundtrackIdentifier identifier, Path dir, int id, String group, Track t,
      double start, int length, QueryCondition c, Map<String, Path> speech, int variant) {
    String name = t.file.getFileName().toString().replace(".wav", "") + "@" + fmt(start);
    Path cached = cached(dir, id);
    if (cached != null) {
      return identify(identifier, cached, group, c.name(), length, name, t.sha, dir, id);
    }
    Path base = dir.resolve(id + "-music.wav");
    List<String> cut = new ArrayList<>(List.of("sox", t.file.toString(), base.toString(), "trim",
        fmt(start), fmt(length * c.speed())));
    if (c.speed() != 1) {
      cut.addAll(List.of("speed", fmt(c.speed())));
    }
    cut.addAll(List.of("rate", "22050"));
    ExternalTool.run(cut);
    Path current = base;
    if (c.voice().isPresent()) {
      Path talk = dir.resolve(id + "-speech.wav");
      Path voiceFile = speech.get(c.voice().get());
      ExternalTool.run(List.of("sox", voiceFile.toString(), talk.toString(), "trim",
          fmt(speechStart(voiceFile, length, variant)), fmt(length)));
      double gain = rms(base) / rms(talk) * Math.pow(10, -c.snrDb() / 20);
      Path mixed = dir.resolve(id + "-mixed.wav");
      ExternalTool.run(List.of("sox", "-m", "-v", "1", base.toString(), "-v", fmt(gain),
          talk.toString(), mixed.toString(), "gain", "-n", "-1"));
      current = mixed;
    }
    if (c.codec().isPresent()) {
      boolean mp3 = c.codec().get().equals("mp3");
      Path encoded = dir.resolve(id + (mp3 ? ".mp3" : ".m4a"));
      ExternalTool.run(List.of("ffmpeg", "-y", "-nostdin", "-v", "error", "-i", current.toString(),
          "-c:a", mp3 ? "libmp3lame" : "aac", "-b:a", "64k", encoded.toString()));
      current = encoded;
    }
    return identify(identifier, current, group, c.name(), length, name, t.sha, dir, id);
  }

  private Outcome speechAlone(SoundtrackIdentifier identifier, Path dir, int id, String voice,
      int length, Path voiceFile, int variant) {
    Path talk = dir.resolve(id + "-speech.wav");
    double start = speechStart(voiceFile, length, variant);
    Path cached = cached(dir, id);
    if (cached != null) {
      talk = cached;
    } else {
      ExternalTool.run(List.of("sox", voiceFile.toString(), talk.toString(), "trim", fmt(start),
          fmt(length)));
    }
    return identify(identifier, talk, "speech alone", "speech " + voice, length,
        voice + "@" + fmt(start), "", dir, id);
  }

  private Outcome identify(SoundtrackIdentifier identifier, Path file, String group,
      String condition, int length, String name, String expected, Path dir, int id) {
    PcmAudio pcm;
    try {
      pcm = new AudioReader(AudioFingerprinter.SAMPLE_RATE).read(file);
    } catch (UnreadableMediaException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
    long t0 = CPU.getCurrentThreadCpuTime();
    List<IdentifiedSong> found = identifier.identify(pcm);
    long cpu = CPU.getCurrentThreadCpuTime() - t0;
    Optional<AlignmentScore> score = identifier.bestAlignment(pcm);
    Path keep = dir.resolve("cached").resolve(id + "." + extension(file));
    try (Stream<Path> s = Files.list(dir)) {
      if (!file.startsWith(keep.getParent())) {
        Files.createDirectories(keep.getParent());
        Files.move(file, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith(id + "-")
          || p.getFileName().toString().startsWith(id + ".")).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return new Outcome(group, condition, length, name, expected,
        found.isEmpty() ? Optional.empty() : Optional.of(found.get(0)), cpu, score);
  }

  /**
   * The final query clip {@code id} kept by an earlier run in {@code dir/cached} (the clips are
   * cut from the same seed, so the same id is the same excerpt, speech and condition), or null.
   */
  private static Path cached(Path dir, int id) {
    for (String ext : List.of("wav", "mp3", "m4a")) {
      Path p = dir.resolve("cached").resolve(id + "." + ext);
      if (Files.exists(p)) {
        return p;
      }
    }
    return null;
  }

  private static String extension(Path file) {
    String n = file.getFileName().toString();
    return n.substring(n.lastIndexOf('.') + 1);
  }

  private static double speechStart(Path voiceFile, int length, int variant) {
    double seconds;
    try {
      seconds = new AudioReader(AudioFingerprinter.SAMPLE_RATE).read(voiceFile).durationSeconds();
    } catch (UnreadableMediaException e) {
      throw new IllegalStateException(e);
    }
    double room = Math.max(0, seconds - length - 0.5);
    return room * variant / SPEECH_VARIANTS;
  }

  private static double rms(Path wav) {
    float[] s;
    try {
      s = new AudioReader(16000).read(wav).samples();
    } catch (UnreadableMediaException e) {
      throw new IllegalStateException(e);
    }
    double sum = 0;
    for (float v : s) {
      sum += v * v;
    }
    return Math.sqrt(sum / Math.max(1, s.length)) + 1e-9;
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.4f", v);
  }

  private static final String HEADER =
      "group\tcondition\tlength\tquery\tcorrect\tfound\tvotes\tconfidence\tspeed\tcpu_ms"
          + "\tbest_right\tbest_votes\trunner_up_votes";

  private static String line(Outcome o) {
    return String.join("\t", o.group, o.condition, Integer.toString(o.length), o.query,
        Boolean.toString(o.correct()),
        o.top.map(m -> m.song().fileName()).orElse("-"),
        o.top.map(m -> Integer.toString(m.votes())).orElse("0"),
        o.top.map(m -> fmt(m.confidence())).orElse("0"),
        o.top.map(m -> fmt(m.speed())).orElse("0"),
        fmt(o.cpuNanos / 1e6),
        o.score.map(a -> Boolean.toString(a.trackId().equals(o.expected))).orElse("-"),
        o.score.map(a -> Integer.toString(a.votes())).orElse("0"),
        o.score.map(a -> Integer.toString(a.runnerUpVotes())).orElse("0"));
  }

  /**
   * Quantiles of the acceptance score (best alignment's votes over the best other song's votes)
   * for negatives and for positives whose best alignment is the right song, beside the voter's
   * threshold of 2.5: how much margin the rule has on each side.
   */
  private static String scoreDistribution(List<Outcome> outcomes) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "%nAcceptance score (votes / best other song's votes; accepted at >= 2.5 and >= 12 votes):"
            + "%n%n| queries | n | min | 5 %% | 25 %% | median | 75 %% | 95 %% | max |%n"
            + "|---|---|---|---|---|---|---|---|---|%n"));
    for (String group : List.of("negatives", "positives, right song best")) {
      double[] r = outcomes.stream()
          .filter(o -> group.equals("negatives") ? !o.group.equals("positive")
              : o.group.equals("positive") && o.score.isPresent()
                  && o.score.get().trackId().equals(o.expected))
          .mapToDouble(o -> o.score.map(a -> (double) a.votes() / Math.max(1, a.runnerUpVotes()))
              .orElse(0.0))
          .sorted().toArray();
      out.append("| ").append(group).append(" | ").append(r.length);
      for (double q : new double[] {0, 0.05, 0.25, 0.5, 0.75, 0.95, 1}) {
        out.append(String.format(Locale.ROOT, " | %.2f",
            r.length == 0 ? 0 : r[(int) Math.min(r.length - 1, Math.floor(q * r.length))]));
      }
      out.append(" |\n");
    }
    long wrongBest = outcomes.stream().filter(o -> o.group.equals("positive")
        && o.score.isPresent() && !o.score.get().trackId().equals(o.expected)).count();
    out.append(String.format(Locale.ROOT, "%nPositives whose best alignment is a wrong song: %d.%n",
        wrongBest));
    return out.toString();
  }

  private static void report(int files, int undecodable, List<Track> known, List<Track> unknown,
      double catalogSeconds, long fingerprintNanos, long addNanos, long catalogBytes,
      List<QueryCondition> conditions, List<Outcome> outcomes) {
    StringBuilder out = new StringBuilder();
    double hours = catalogSeconds / 3600;
    out.append(String.format(Locale.ROOT, "Catalog: %d files, %d undecodable, %d catalogued "
        + "(%.2f h), %d held out as unknown songs.%n%n", files, undecodable, known.size(), hours,
        unknown.size()));
    out.append("| condition | 5 s | 10 s | 30 s |\n|---|---|---|---|\n");
    for (QueryCondition c : conditions) {
      out.append("| ").append(c.name());
      for (int length : LENGTHS) {
        int total = 0;
        int right = 0;
        if (length != 10 && !ALL_LENGTHS.contains(c.name())) {
          out.append(" | –");
          continue;
        }
        for (Outcome o : outcomes) {
          if (o.group.equals("positive") && o.condition.equals(c.name()) && o.length == length) {
            total++;
            right += o.correct() ? 1 : 0;
          }
        }
        out.append(String.format(Locale.ROOT, " | %.1f %% (%d/%d)", 100.0 * right / total, right,
            total));
      }
      out.append(" |\n");
    }
    out.append("\n| negatives | 5 s | 10 s | 30 s |\n|---|---|---|---|\n");
    for (String group : List.of("unknown song", "speech alone")) {
      out.append("| ").append(group).append(" (false matches)");
      for (int length : LENGTHS) {
        int total = 0;
        int wrong = 0;
        for (Outcome o : outcomes) {
          if (o.group.equals(group) && o.length == length) {
            total++;
            wrong += o.top.isPresent() ? 1 : 0;
          }
        }
        out.append(String.format(Locale.ROOT, " | %.1f %% (%d/%d)",
            100.0 * wrong / Math.max(1, total), wrong, total));
      }
      out.append(" |\n");
    }
    long misidentified = outcomes.stream()
        .filter(o -> o.group.equals("positive") && o.top.isPresent() && !o.correct()).count();
    long positives = outcomes.stream().filter(o -> o.group.equals("positive")).count();
    out.append(String.format(Locale.ROOT, "%nWrong song named on positive queries: %d of %d.%n",
        misidentified, positives));
    out.append(scoreDistribution(outcomes));
    long[] tenSeconds = outcomes.stream().filter(o -> o.length == 10).mapToLong(o -> o.cpuNanos)
        .sorted().toArray();
    Arrays.sort(tenSeconds);
    out.append(String.format(Locale.ROOT,
        "Query CPU time for a 10 s clip (fingerprint + vote, one thread, %d queries): median %.1f ms,"
            + " p95 %.1f ms, max %.1f ms.%n", tenSeconds.length,
        tenSeconds[tenSeconds.length / 2] / 1e6, tenSeconds[(int) (tenSeconds.length * 0.95)] / 1e6,
        tenSeconds[tenSeconds.length - 1] / 1e6));
    out.append(String.format(Locale.ROOT,
        "Indexing (CPU, one thread): fingerprinting alone %.0f× real time; decode + fingerprint + "
            + "index %.0f× real time.%n", catalogSeconds / (fingerprintNanos / 1e9),
        catalogSeconds / (addNanos / 1e9)));
    out.append(String.format(Locale.ROOT, "Catalog file: %.2f MB for %.2f h = %.1f MB per hour.%n",
        catalogBytes / 1e6, hours, catalogBytes / 1e6 / hours));
    System.out.print(out);
  }
}
