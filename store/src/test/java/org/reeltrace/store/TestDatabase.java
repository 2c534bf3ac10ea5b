package org.reeltrace.store;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh, empty database for one test: an SQLite file in the test's temporary folder, or a new
 * database on the PostgreSQL server that {@code scripts/test.sh} starts and names in
 * {@code REELTRACE_TEST_PG_URL}. Without that variable the PostgreSQL tests fail; they never skip.
 */
final class TestDatabase implements AutoCloseable {
  /** The databases the suite runs on. */
  enum Kind { SQLITE, POSTGRESQL }

  static final String PG_URL_VARIABLE = "REELTRACE_TEST_PG_URL";

  private static final Pattern PG_URL = Pattern.compile("^(jdbc:postgresql://[^/?]+/)([^?]*)(\\?.*)?$");

  private final String url;
  private final String adminUrl;
  private final String pgDatabase;

  private TestDatabase(String url, String adminUrl, String pgDatabase) {
    this.url = url;
    this.adminUrl = adminUrl;
    this.pgDatabase = pgDatabase;
  }

  static TestDatabase create(Kind kind, Path tempDir) {
    return switch (kind) {
      case SQLITE -> new TestDatabase("jdbc:sqlite:" + tempDir.resolve("test.db"), null, null);
      case POSTGRESQL -> createPostgresql();
    };
  }

  /** The URL of the server's administrative database (from the environment); fails when unset. */
  static String pgAdminUrl() {
    String admin = System.getenv(PG_URL_VARIABLE);
    if (admin == null || admin.isBlank()) {
      fail(PG_URL_VARIABLE + " is not set: run scripts/test.sh, which starts a throwaway PostgreSQL");
    }
    return admin;
  }

  private static TestDatabase createPostgresql() {
    String admin = pgAdminUrl();
    Matcher m = PG_URL.matcher(admin);
    if (!m.matches()) {
      fail(PG_URL_VARIABLE + " must look like jdbc:postgresql://HOST:PORT/DATABASE?user=USER, was " + admin);
    }
    // A generated name of [a-z0-9_] only: identifiers cannot be bound as parameters.
    String name = "reeltrace_test_" + UUID.randomUUID().toString().replace("-", "");
    execute(admin, "CREATE DATABASE " + name);
    String query = m.group(3) == null ? "" : m.group(3);
    return new TestDatabase(m.group(1) + name + query, admin, name);
  }

  String url() {
    return url;
  }

  @Override
  public void close() {
    if (pgDatabase != null) {
      execute(adminUrl, "DROP DATABASE IF EXISTS " + pgDatabase + " WITH (FORCE)");
    }
  }

  private static void execute(String adminUrl, String sql) {
    try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot run '" + sql + "' on " + adminUrl + ": " + e.getMessage(), e);
    }
  }
}
