package org.reeltrace.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Stores a post's hashtags in one text column: tags joined by newlines, with a backslash escaping a
 * backslash ({@code \\}) or a newline inside a tag ({@code \n}). The empty list is stored as null, so
 * that "no hashtags known" never erases a known list.
 */
final class TagList {
  private TagList() {}

  static String encode(List<String> tags) {
    if (tags.isEmpty()) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String tag : tags) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(tag.replace("\\", "\\\\").replace("\n", "\\n"));
    }
    return out.toString();
  }

  static List<String> decode(String stored) {
    if (stored == null) {
      return List.of();
    }
    List<String> tags = new ArrayList<>();
    StringBuilder tag = new StringBuilder();
    for (int i = 0; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c == '\n') {
        tags.add(tag.toString());
        tag.setLength(0);
      } else if (c == '\\' && i + 1 < stored.length()) {
        char next = stored.charAt(++i);
        tag.append(next == 'n' ? '\n' : next);
      } else {
        tag.append(c);
      }
    }
    tags.add(tag.toString());
    return List.copyOf(tags);
  }
}
