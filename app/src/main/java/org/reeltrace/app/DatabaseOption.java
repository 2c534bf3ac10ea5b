package org.reeltrace.app;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --db URL} option every command that uses the store takes. */
final class DatabaseOption {
  static final String DEFAULT_URL = "jdbc:sqlite:reeltrace.db";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private String url = DEFAULT_URL;

  @Option(
      names = "--db",
      paramLabel = "URL",
      description =
          "JDBC URL of the store: jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DB?user=U"
              + " (default: ${DEFAULT-VALUE}). A plain file name means an SQLite file.",
      defaultValue = DEFAULT_URL)
  void setUrl(String value) {
    if (value.startsWith("jdbc:sqlite:") || value.startsWith("jdbc:postgresql:")) {
      url = value;
    } else if (value.startsWith("jdbc:")) {
      throw new ParameterException(
          spec.commandLine(),
          "--db: unsupported database '" + value + "' (use jdbc:sqlite:FILE or jdbc:postgresql://...)");
    } else {
      url = "jdbc:sqlite:" + value;
    }
  }

  String url() {
    return url;
  }
}
