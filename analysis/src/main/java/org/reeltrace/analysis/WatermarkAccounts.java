package org.reeltrace.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.reeltrace.media.ocr.Levenshtein;

/**
 * Reads the handles in posts' watermarks as the archive's accounts. OCR of a small watermark misreads a
 * character now and then ("@mind.makes" for "@mina.makes" in the lineage evaluation), so a handle read
 * that is no account's, but lies one edit from exactly one account's handle of {@link #MIN_LENGTH} or more
 * characters, is read as that account's; a read of {@link #LONG_LENGTH} or more characters may lie two
 * edits away ("@Gen.clips.daily" for "@cn.clips.daily": the "@" misread as a letter, and one letter more),
 * when no other account is as close. The read's first character does not count when dropping it brings
 * the read closer: it is often the watermark's "@" read as a letter ("@gravirides" for "@ravi.rides",
 * from "TikToktGravirides"). Anything else is kept as read.
 */
final class WatermarkAccounts {
  /** Shorter handles are not corrected: one edit turns a short handle into too many others. */
  static final int MIN_LENGTH = 6;
  /**
   * Reads this long may be two edits from their account: a stamp's "@" misread as a letter is one edit
   * already. Two edits within 12 characters still leave such a handle far from any other account's.
   */
  static final int LONG_LENGTH = 12;
  /** Edits, as a share of an account's handle length, within which a read {@link #looksLike} it. */
  static final double LIKE_SHARE = 0.25;

  private WatermarkAccounts() {}

  static List<LineagePost> resolve(List<LineagePost> posts) {
    Set<String> accounts = new LinkedHashSet<>();
    for (LineagePost p : posts) {
      if (p.channelHandle() != null && !p.channelHandle().isBlank()) {
        accounts.add(LineagePost.normalizeHandle(p.channelHandle()));
      }
      accounts.add(LineagePost.normalizeHandle(p.channel().channelId()));
    }
    List<LineagePost> out = new ArrayList<>(posts.size());
    for (LineagePost p : posts) {
      List<String> read = p.watermarkHandles();
      List<String> resolved = read.stream().map(h -> account(h, accounts)).toList();
      out.add(resolved.equals(read) ? p : p.withWatermarkHandles(resolved));
    }
    return out;
  }

  /**
   * Whether a handle read may be {@code account}'s misread beyond what {@link #resolve} corrects: within
   * {@value #LIKE_SHARE} of the account's length in edits (at least one), its first character not counted
   * when dropping it brings it closer. Lineage evaluation seed 105: "@besi.of.tox" for "@best.of.tok".
   */
  static boolean looksLike(String read, String account) {
    String handle = LineagePost.normalizeHandle(read);
    String name = LineagePost.normalizeHandle(account);
    if (handle.isEmpty() || name.isEmpty()) {
      return false;
    }
    int allowed = Math.max(1, (int) Math.floor(LIKE_SHARE * name.length()));
    return distance(name, handle) <= allowed;
  }

  /** Edits between an account and a read, the read's first character not counted when that brings it closer. */
  private static int distance(String account, String read) {
    return Math.min(Levenshtein.distance(account, read), Levenshtein.distance(account, read.substring(1)));
  }

  private static String account(String read, Set<String> accounts) {
    String handle = LineagePost.normalizeHandle(read);
    if (handle.length() < MIN_LENGTH || accounts.contains(handle)) {
      return read;
    }
    int allowed = handle.length() >= LONG_LENGTH ? 2 : 1;
    String match = null;
    int best = allowed + 1;
    boolean tied = false;
    for (String account : accounts) {
      if (account.length() < MIN_LENGTH || Math.abs(account.length() - handle.length()) > allowed + 1) {
        continue;
      }
      int distance = distance(account, handle);
      if (distance < best) {
        match = account;
        best = distance;
        tied = false;
      } else if (distance == best) {
        tied = true;
      }
    }
    return match == null || tied ? read : match; // two accounts as close: no telling which
  }
}
