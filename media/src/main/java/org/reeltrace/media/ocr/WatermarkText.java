package org.reeltrace.media.ocr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the parts of a platform watermark in one OCR line: the logo word ("TikTok", "抖音", or
 * romanised "Douyin") and the handle ("@user.name", "抖音号: 12345678" or "Douyin ID: 12345678", "@名字").
 *
 * <p>TikTok user names are 2-24 ASCII letters, digits, underscores and periods (TikTok help centre,
 * "Changing your username"); Douyin ids (抖音号) are letters, digits, underscores and periods, its
 * nicknames any script.
 */
final class WatermarkText {
  /** 抖 is often read as the look-alike 拌 or 扦 at watermark sizes. */
  private static final String DOU = "[抖拌扦]";
  /**
   * The romanised label's "ID" as read at watermark sizes: "lD", "llD", "|ID", "1lD", "Il", "It" (lineage
   * evaluation, Douyin download watermarks at 640 × 360); counted only before a colon.
   */
  private static final String MISREAD_ID = "[|l1iI\\[\\]{}]{1,3}[DdLlbtp]?";
  /** "抖音号: id", or its romanised label "Douyin ID: id" (drawn where no CJK font is at hand). */
  private static final Pattern DOUYIN_ID = Pattern.compile(
      "(?:" + DOU + "?音号|(?i:douyin\\s*id))\\s*[:：;]?\\s*([A-Za-z0-9_.]{3,30})"
      + "|(?i:douyin)\\s*" + MISREAD_ID + "\\s*[:：;]\\s*([A-Za-z0-9_.]{3,30})");
  /**
   * "抖音号: 83921057" whose label Tesseract garbled ("$15: 83921057", "4132: 83921057", measured on drawn
   * Douyin watermarks over the vPDQ chair video): a line of only a short label, a colon and a numeric id.
   * Counted only in a video whose Douyin logo was read (it can only be Douyin's).
   */
  private static final Pattern NUMERIC_ID_AFTER_GARBLED_LABEL =
      Pattern.compile("^\\S{1,6}(?:\\s\\S{1,3})?\\s?[:：;]\\s*([0-9]{6,12})$");
  private static final Pattern AT_HANDLE = Pattern.compile("@\\s?([\\p{L}\\p{N}_.]{2,30})");
  /** Tesseract splits a word after an underscore: "@jin.woo_ 2019" (a period may end a sentence). */
  private static final Pattern SPLIT_AFTER_UNDERSCORE = Pattern.compile("(@[\\p{L}\\p{N}_.]*_) (?=[\\p{L}\\p{N}])");
  /**
   * What a handle's period is read as at watermark sizes: a colon, comma or semicolon, an exclamation mark,
   * apostrophe, slash, hyphen or asterisk ("@trend!repost", "@viral-clipz", "@mina'makes", lineage
   * evaluation at 640 × 360), none of which a handle holds.
   */
  private static final String PERIOD_MISREADINGS = "[:,;!'‘’/*\\-]";
  /**
   * The logo word, not the name of a handle that holds it ("@douyin.gems", read "xdouyin.aems" at stamp
   * sizes, lineage evaluation): "douyin" with a name character or a period (as read) and a name character
   * on either side is part of a name.
   */
  private static final Pattern DOUYIN_LOGO = Pattern.compile(DOU + "音|(?i:(?<![\\p{L}\\p{N}_.@])douyin"
      + "(?![\\p{L}\\p{N}_]|(?:\\.|" + PERIOD_MISREADINGS + ")[\\p{L}\\p{N}]))");
  /**
   * At watermark sizes a handle's period is often read as one of {@link #PERIOD_MISREADINGS}, which no
   * handle holds: "@trend:repost" (lineage evaluation, seed 103). Between two name characters it is a period.
   */
  private static final Pattern MISREAD_PERIOD =
      Pattern.compile("(@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_])" + PERIOD_MISREADINGS + "(?=[\\p{L}\\p{N}_])");
  /**
   * Tesseract's chi_sim model has no "@" to speak of and reads it as a boxy ideograph (四, 回, 国, 加, 办):
   * a line of only such a character and 2-12 ideographs, in a video with a Douyin logo, is taken as
   * "@" and a nickname. Measured on drawn Douyin watermarks ("@美食日记" read as "四美食日记", "加美食日记").
   */
  private static final Pattern HAN_NAME_AFTER_MISREAD_AT = Pattern.compile("^[四回国加办囗©]\\s?(\\p{IsHan}{2,12})$");
  /**
   * A download watermark's line "TikTok @name" with its small "@" misread as one other character
   * ("TikTok 8douyin.gems", "TikTok sdouyin.gems", lineage evaluation at 640 × 360): a line of only the
   * logo word and one such name (and stray one-character marks) is read with that character as "@". When
   * the "@" was dropped instead, the name loses its first letter, which the archive's account handles
   * put back (one edit apart).
   */
  private static final Pattern NAME_AFTER_LOGO = Pattern.compile("[^@\\s][A-Za-z0-9_.:,;!'‘’/*\\-]{2,25}");
  /** Letters in "TikTok". */
  private static final int LOGO_LETTERS = 6;
  private static final Pattern LEADING_MARKS = Pattern.compile("^[^A-Za-z0-9]+");
  private static final Pattern ASCII_NAME = Pattern.compile("[A-Za-z0-9_.]{2,24}");
  private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]");
  /**
   * A handle-like name without its "@": ASCII name characters with a period or underscore between two of
   * them, as no plain word has; a trailing comma, colon or period is punctuation.
   */
  private static final Pattern DOTTED_NAME =
      Pattern.compile("([A-Za-z0-9_]+(?:[._][A-Za-z0-9_]+)+)[.,:;]?");
  /** A period misread ({@link #PERIOD_MISREADINGS}) between two name characters of a word. */
  private static final Pattern MISREAD_PERIOD_IN_NAME =
      Pattern.compile("(?<=[A-Za-z0-9_])" + PERIOD_MISREADINGS + "(?=[A-Za-z0-9_])");
  /** Letters a handle read without its "@" needs. */
  private static final int MIN_NAME_LETTERS = 2;
  /**
   * A stamped handle shorter than this is too easily a misreading of other text (watermark evaluation: a
   * small Douyin nickname "@记丽" read as "@icin").
   */
  static final int MIN_STAMP_LENGTH = 6;
  /** Latin-1 Supplement to Latin Extended-B: the Latin letters with diacritics ("é", "ő", "ǎ"). */
  private static final char LATIN_ACCENTED_FIRST = '\u00C0';
  private static final char LATIN_ACCENTED_LAST = '\u024F';

  private WatermarkText() {}

  /** A handle as read: {@code "@name"} or {@code "抖音号:id"}, and whether it can only be Douyin's. */
  record Handle(String text, boolean douyinOnly) {}

  /** The platform whose logo word the line shows, if any. */
  static Optional<String> logo(String read) {
    String line = withoutLatinDiacritics(read);
    if (DOUYIN_LOGO.matcher(line).find()) {
      return Optional.of("douyin");
    }
    String letters = NON_LETTERS.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("");
    if (letters.contains("tiktok")) {
      return Optional.of("tiktok");
    }
    for (String word : line.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
      if (word.length() >= 5 && word.length() <= 7 && Levenshtein.distance(word, "tiktok") <= 1) {
        return Optional.of("tiktok");
      }
    }
    return Optional.empty();
  }

  /** The handles in the line, in order. */
  static List<Handle> handles(String read) {
    String line = withoutLatinDiacritics(read);
    List<Handle> handles = new ArrayList<>();
    Matcher id = DOUYIN_ID.matcher(line);
    while (id.find()) {
      handles.add(new Handle("抖音号:" + (id.group(1) != null ? id.group(1) : id.group(2)), true));
    }
    Matcher garbledLabel = NUMERIC_ID_AFTER_GARBLED_LABEL.matcher(line.strip());
    if (handles.isEmpty() && garbledLabel.matches()) {
      handles.add(new Handle("抖音号:" + garbledLabel.group(1), true));
    }
    Matcher misreadAt = HAN_NAME_AFTER_MISREAD_AT.matcher(line);
    if (misreadAt.matches() && !DOUYIN_LOGO.matcher(line).find()) {
      handles.add(new Handle("@" + misreadAt.group(1), true));
    }
    String joined = withMisreadAtAfterLogo(line);
    for (String previous = null; !joined.equals(previous); ) {
      previous = joined;
      joined = SPLIT_AFTER_UNDERSCORE.matcher(joined).replaceAll("$1");
      joined = MISREAD_PERIOD.matcher(joined).replaceAll("$1.");
    }
    Matcher at = AT_HANDLE.matcher(joined);
    while (at.find()) {
      String name = trimDots(at.group(1));
      if (name.codePointCount(0, name.length()) < 2) {
        continue;
      }
      handles.add(new Handle("@" + name, !ASCII_NAME.matcher(name).matches()));
    }
    return handles;
  }

  /**
   * The handle when the line is only that: one ASCII {@code @name} of at least {@value #MIN_STAMP_LENGTH}
   * characters, with no other letter or digit beside it but one stray mark ("@viral.clipz :"). At stamp
   * sizes the "@" is often misread as a letter or dropped ("sdaily.reels.hub", "G daily.reels.hub",
   * lineage evaluation at 640 × 360): a line of only a name with a period or underscore inside
   * ({@link #DOTTED_NAME}) and stray marks is read as that name, misread letter and all, which the
   * archive's account handles put right (one edit apart).
   */
  static Optional<String> loneHandle(String read) {
    String line = withoutLatinDiacritics(read);
    List<Handle> found = handles(line);
    if (found.isEmpty() && line.indexOf('@') < 0) {
      return dottedName(line);
    }
    if (found.size() != 1 || found.get(0).douyinOnly() || !found.get(0).text().startsWith("@")) {
      return Optional.empty();
    }
    String handle = found.get(0).text();
    long nameCharacters = lettersAndDigits(handle);
    boolean alone = lettersAndDigits(line) <= nameCharacters + 1;
    return alone && handle.length() - 1 >= MIN_STAMP_LENGTH ? Optional.of(handle) : Optional.empty();
  }

  /**
   * {@code "@" + name} when the line's only word of two or more characters is a {@link #DOTTED_NAME}, as
   * read: after stray marks that stand for the "@" ("&best.of.tok", "“mega.compilations"), with its periods
   * possibly misread ({@link #PERIOD_MISREADINGS}: ":mega'compilations", "Sceniclips:daily", lineage
   * evaluation at 640 × 360), and with {@value #MIN_NAME_LETTERS} letters or more (a date is no name).
   */
  private static Optional<String> dottedName(String line) {
    String name = null;
    for (String token : line.strip().split("\\s+")) {
      if (lettersAndDigits(token) < 2) {
        continue;
      }
      String word = MISREAD_PERIOD_IN_NAME.matcher(LEADING_MARKS.matcher(token).replaceFirst("")).replaceAll(".");
      Matcher dotted = DOTTED_NAME.matcher(word);
      if (name != null || !dotted.matches()) {
        return Optional.empty();
      }
      name = dotted.group(1);
    }
    return name == null || name.length() < MIN_STAMP_LENGTH || letters(name) < MIN_NAME_LETTERS ? Optional.empty()
        : Optional.of("@" + name);
  }

  private static long letters(String text) {
    return text.codePoints().filter(Character::isLetter).count();
  }

  private static long lettersAndDigits(String text) {
    return text.codePoints().filter(Character::isLetterOrDigit).count();
  }

  /**
   * The line with the misread "@" of "TikTok @name" restored ({@link #NAME_AFTER_LOGO}), else as it was.
   * The logo word and the name may also be read as one word, the space and "@" between them as one or two
   * other characters ("TikToktGravirides", "TikTok(eravilrides", lineage evaluation at 640 × 360): the
   * name then begins after the logo's six letters and any marks, less the one character the "@" became.
   */
  private static String withMisreadAtAfterLogo(String line) {
    if (line.indexOf('@') >= 0) {
      return line;
    }
    List<String> words = new ArrayList<>();
    for (String token : line.strip().split("\\s+")) {
      if (token.codePointCount(0, token.length()) > 1) {
        words.add(token);
      }
    }
    if (words.size() == 2 && logo(words.get(0)).equals(Optional.of("tiktok"))
        && NAME_AFTER_LOGO.matcher(words.get(1)).matches()) {
      return "TikTok @" + words.get(1).substring(1);
    }
    String glued = words.size() == 1 ? words.get(0)
        : words.size() == 2 && words.get(0).length() == 3 ? words.get(0) + words.get(1) : "";
    if (glued.length() <= LOGO_LETTERS || !logo(glued.substring(0, LOGO_LETTERS)).equals(Optional.of("tiktok"))) {
      return line;
    }
    String name = LEADING_MARKS.matcher(glued.substring(LOGO_LETTERS)).replaceFirst("");
    if (name.length() < MIN_STAMP_LENGTH + 1 || !NAME_AFTER_LOGO.matcher(name).matches()) {
      return line;
    }
    return "TikTok @" + name.substring(1);
  }

  /**
   * The line with each Latin letter that carries a diacritic replaced by its base letter: at watermark
   * sizes Tesseract reads some plain letters of a handle as accented ones ("TikTok{@trend:répost", lineage
   * evaluation, seed 103), and handles are ASCII. Letters of other scripts are kept as they are (Hangul
   * syllables must not fall apart into their jamo), and so are Latin letters without a base letter (ø, ß).
   */
  static String withoutLatinDiacritics(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      out.append(baseLetter(line.charAt(i)));
    }
    return out.toString();
  }

  private static char baseLetter(char c) {
    if (c < LATIN_ACCENTED_FIRST || c > LATIN_ACCENTED_LAST || !Character.isLetter(c)) {
      return c;
    }
    char base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
    return base < 128 ? base : c;
  }

  /** A period ending a read is sentence punctuation or noise more often than part of a name. */
  private static String trimDots(String name) {
    int end = name.length();
    while (end > 0 && name.charAt(end - 1) == '.') {
      end--;
    }
    return name.substring(0, end);
  }
}
