package org.reeltrace.core;

import java.util.Objects;

/** An archive item that could not be read, with where it is and what is wrong, in one line. */
public record ItemError(SourceLocation source, String problem) {
  public ItemError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(problem, "problem");
    problem = problem.replaceAll("\\s+", " ").strip();
  }

  /** The one-line message shown to the user: {@code FILE[:LINE]: problem}. */
  @Override
  public String toString() {
    return source + ": " + problem;
  }
}
