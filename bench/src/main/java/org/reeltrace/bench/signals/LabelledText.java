package org.reeltrace.bench.signals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One labelled short text: what an analyst expects the text signals to say about it.
 *
 * @param id       unique in its set
 * @param language ko, zh, en or ja
 * @param foundIn  where such a text is found (caption, bio, channel-name, hashtag, transcript)
 * @param expected the {@code indicates} tokens it should yield (empty for a negative)
 * @param text     the text
 */
record LabelledText(String id, String language, String foundIn, Set<String> expected, String text) {
  static final String HEADER = "id\tlanguage\tfound_in\texpected\ttext";
  private static final Set<String> LANGUAGES = Set.of("ko", "zh", "en", "ja");

  LabelledText {
    if (!LANGUAGES.contains(language)) {
      throw new IllegalArgumentException("language must be one of ko, zh, en, ja, was " + language);
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    expected = Set.copyOf(expected);
  }

  /** Reads a labelled set: {@code #} comments, the header line, then one text a line. */
  static List<LabelledText> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + ": " + e.getMessage(), e);
    }
    List<LabelledText> texts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    boolean header = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = file + " line " + (i + 1) + ": ";
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.equals(HEADER)) {
          throw new IllegalArgumentException(where + "header must be '" + HEADER.replace('\t', ' ') + "'");
        }
        header = true;
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 5) {
        throw new IllegalArgumentException(where + "expected 5 tab-separated columns, found " + cells.length);
      }
      Set<String> expected = cells[3].equals("-") ? Set.of() : new HashSet<>(Arrays.asList(cells[3].split(",")));
      try {
        texts.add(new LabelledText(cells[0], cells[1], cells[2], expected, cells[4]));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + e.getMessage(), e);
      }
      if (!ids.add(cells[0])) {
        throw new IllegalArgumentException(where + "duplicate id " + cells[0]);
      }
    }
    if (!header) {
      throw new IllegalArgumentException(file + ": no header line");
    }
    return texts;
  }
}
