package org.reeltrace.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings a database's schema to the newest version with Flyway. The scripts lie in
 * {@code org/reeltrace/store/migration} (one set for both databases; see {@link Dialect#placeholders()}).
 * Flyway 13 supports SQLite in {@code flyway-core} itself and PostgreSQL through
 * {@code flyway-database-postgresql}.
 */
final class Migrations {
  private static final String LOCATION = "classpath:org/reeltrace/store/migration";

  private Migrations() {}

  static void migrate(Dialect dialect, DataSource source) {
    Flyway.configure(Migrations.class.getClassLoader())
        .dataSource(source)
        .locations(LOCATION)
        .failOnMissingLocations(true)
        .placeholders(dialect.placeholders())
        .load()
        .migrate();
  }
}
