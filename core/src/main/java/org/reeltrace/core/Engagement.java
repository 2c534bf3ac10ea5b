package org.reeltrace.core;

/**
 * Engagement counts of a post at one moment; any count may be unknown (null), none may be negative.
 */
public record Engagement(Long views, Long likes, Long comments, Long shares) {
  public Engagement {
    check("views", views);
    check("likes", likes);
    check("comments", comments);
    check("shares", shares);
  }

  public static final Engagement UNKNOWN = new Engagement(null, null, null, null);

  public boolean isUnknown() {
    return views == null && likes == null && comments == null && shares == null;
  }

  private static void check(String name, Long value) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
  }
}
