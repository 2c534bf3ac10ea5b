package org.reeltrace.store;

/** {@link StoreContract} on an SQLite file. */
class SqliteStoreTest extends StoreContract {
  SqliteStoreTest() {
    super(TestDatabase.Kind.SQLITE);
  }
}
