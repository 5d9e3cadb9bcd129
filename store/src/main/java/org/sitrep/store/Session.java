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
 * few statements thousands of times, and preparing them once is most of what makes it fast.
 */
final class Session implements AutoCloseable {
    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

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
