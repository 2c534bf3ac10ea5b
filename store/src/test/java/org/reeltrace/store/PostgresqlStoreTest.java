package org.reeltrace.store;

/** {@link StoreContract} on a fresh database of the test PostgreSQL server. */
class PostgresqlStoreTest extends StoreContract {
  PostgresqlStoreTest() {
    super(TestDatabase.Kind.POSTGRESQL);
  }
}
