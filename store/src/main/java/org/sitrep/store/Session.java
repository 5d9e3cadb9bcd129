package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One connection's work, with its prepared statements kept for the length of the work: a batch ingest runs the same
 * few statements thousands of times, and preparing them once is most of what makes it fast. In a write, the
 * identifier counters are read once and written back once ({@link #writeCounters()}), which the writer lock makes safe.
 */
final class Session implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final Map<String, long[]> counters = new HashMap<>();
    private final java.util.Set<String> done = new java.util.HashSet<>();

    Session(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    int update(String sql, Object... values) throws SQLException {
        PreparedStatement statement = prepared(sql);
        Sql.bind(statement, Sql.list(values));
        return statement.executeUpdate();
    }

    List<Map<String, Object>> rows(String sql, Object... values) throws SQLException {
        return rows(sql, Sql.list(values));
    }

    List<Map<String, Object>> rows(String sql, List<?> values) throws SQLException {
        PreparedStatement statement = prepared(sql);
        Sql.bind(statement, values);
        try (ResultSet rs = statement.executeQuery()) {
            return Sql.read(rs);
        }
    }

    /** Runs a query and hands its open result set to {@code reader}: for output written while the rows are read. */
    <T> T query(String sql, List<?> values, ResultSetReader<T> reader) throws SQLException, java.io.IOException {
        PreparedStatement statement = prepared(sql);
        Sql.bind(statement, values);
        try (ResultSet rs = statement.executeQuery()) {
            return reader.read(rs);
        }
    }

    /** Reads an open result set; it may write what it reads elsewhere, hence the IOException. */
    @FunctionalInterface
    interface ResultSetReader<T> {
        T read(ResultSet rs) throws SQLException, java.io.IOException;
    }

    /** The next value of an identifier counter (D17, SY42): sequential, no gaps, the same on both engines. */
    long next(String counter) throws SQLException {
        long[] value = counters.get(counter);
        if (value == null) {
            List<Map<String, Object>> rows = rows("SELECT value FROM counters WHERE name = ?", counter);
            if (rows.isEmpty()) {
                throw new IllegalStateException("no counter " + counter);
            }
            value = new long[] {((Number) rows.get(0).get("value")).longValue()};
            counters.put(counter, value);
        }
        return ++value[0];
    }

    /** Writes the counters used in this work back; called before the commit. */
    void writeCounters() throws SQLException {
        for (Map.Entry<String, long[]> counter : counters.entrySet()) {
            update("UPDATE counters SET value = ? WHERE name = ?", counter.getValue()[0], counter.getKey());
        }
        counters.clear();
    }

    /** True the first time {@code key} is seen in this work: what was written once need not be written again. */
    boolean firstTime(String key) {
        return done.add(key);
    }

    private PreparedStatement prepared(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
    }
}
