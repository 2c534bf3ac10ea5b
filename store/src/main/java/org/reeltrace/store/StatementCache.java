package org.reeltrace.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Keeps one prepared statement per SQL text for the life of a connection, so that saving thousands
 * of items prepares each statement once. Preparing dominated the cost of an item on SQLite (its long
 * upserts are compiled anew on every prepare); PostgreSQL's driver likewise switches a statement to
 * a server-side prepared one only after it was reused (its prepareThreshold).
 *
 * <p>Not thread-safe: the store uses its connection from one thread at a time.
 */
final class StatementCache extends DefaultStatementBuilder {
  private final Map<String, PreparedStatement> statements = new HashMap<>();

  @Override
  public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
    if (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable()) {
      return super.create(conn, sql, ctx);
    }
    PreparedStatement cached = statements.get(sql);
    if (cached == null || cached.isClosed()) {
      cached = conn.prepareStatement(sql);
      statements.put(sql, cached);
    }
    cached.clearParameters();
    return cached;
  }

  /** Closes statements other than the cached ones (Jdbi passes the SQL before parsing here). */
  @Override
  public void close(Connection conn, String sql, Statement stmt) throws SQLException {
    if (!statements.containsValue(stmt)) {
      super.close(conn, sql, stmt);
    }
  }

  @Override
  public void close(Connection conn) {
    for (PreparedStatement s : statements.values()) {
      try {
        s.close();
      } catch (SQLException e) {
        // The connection is closing too; nothing is left to release.
      }
    }
    statements.clear();
  }
}
