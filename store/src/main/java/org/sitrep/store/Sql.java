package org.sitrep.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small JDBC helpers: bind a list of values, read rows as ordered maps keyed by column name, the same on both engines. */
final class Sql {
    private Sql() {
    }

    static void bind(PreparedStatement statement, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof Integer n) {
                statement.setInt(i + 1, n);
            } else if (value instanceof Long n) {
                statement.setLong(i + 1, n);
            } else if (value instanceof Double n) {
                statement.setDouble(i + 1, n);
            } else if (value instanceof Number n) {
                statement.setDouble(i + 1, n.doubleValue());
            } else {
                statement.setString(i + 1, String.valueOf(value));
            }
        }
    }

    static List<Map<String, Object>> read(ResultSet rs) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        // the labels once per query: asking the driver for them on every row was a fifth of a page's time
        ResultSetMetaData meta = rs.getMetaData();
        String[] labels = new String[meta.getColumnCount()];
        for (int c = 0; c < labels.length; c++) {
            labels[c] = meta.getColumnLabel(c + 1).toLowerCase(java.util.Locale.ROOT);
        }
        while (rs.next()) {
            Map<String, Object> row = LinkedHashMap.newLinkedHashMap(labels.length);
            for (int c = 0; c < labels.length; c++) {
                row.put(labels[c], normalise(rs.getObject(c + 1)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** Both engines give the same Java types: whole numbers as Long, others as Double, text as String. */
    static Object normalise(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.scale() <= 0 ? (Object) d.longValue() : d.doubleValue();
        }
        return value;
    }

    /** A mutable list that, unlike List.of, takes the nulls that SQL parameters often are. */
    static List<Object> list(Object... values) {
        List<Object> list = new ArrayList<>(values.length);
        Collections.addAll(list, values);
        return list;
    }

    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
