package org.reeltrace.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reeltrace.core.PostKey;

/** All posts of an archive and the matches between them. Every matched post must be listed. */
public record LineageInput(List<LineagePost> posts, List<PostMatch> matches) {
  public LineageInput {
    posts = posts == null ? List.of() : List.copyOf(posts);
    matches = matches == null ? List.of() : List.copyOf(matches);
    Set<PostKey> keys = new HashSet<>();
    for (LineagePost p : posts) {
      if (!keys.add(p.key())) {
        throw new IllegalArgumentException("post " + p.key() + " is listed twice");
      }
    }
    for (PostMatch m : matches) {
      if (!keys.contains(m.a())) {
        throw new IllegalArgumentException("match names post " + m.a() + " that is not in the posts");
      }
      if (!keys.contains(m.b())) {
        throw new IllegalArgumentException("match names post " + m.b() + " that is not in the posts");
      }
    }
  }
}
