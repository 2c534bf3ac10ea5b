package org.reeltrace.analysis.report;

/** Text escaping for HTML and inline SVG: every piece of report text goes through {@link #esc}. */
final class Html {
  private Html() {}

  /** Escapes text for element content and double- or single-quoted attributes; drops control characters. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (c >= 0x20 && c != 0x7F && c != 0xFFFE && c != 0xFFFF || c == '\n' || c == '\t') {
            b.append(c);
          } else if (c == '\r') {
            b.append('\n');
          }
        }
      }
    }
    return Gexf.clean(b.toString());
  }

  /** The URL when it is an http(s) address, escaped for an attribute; otherwise null (never a script URL). */
  static String safeHref(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://") ? esc(u) : null;
  }
}
