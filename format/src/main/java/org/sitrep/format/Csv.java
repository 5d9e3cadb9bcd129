package org.sitrep.format;

import java.util.Collection;
import java.util.List;

/** RFC 4180 CSV cells: quoted only when they must be; lists joined with "; " as ACLED joins associated actors. */
public final class Csv {
    private Csv() {
    }

    public static String row(List<?> values) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(cell(values.get(i)));
        }
        return row.toString();
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Collection<?> c ? String.join("; ", c.stream().map(String::valueOf).toList()) : String.valueOf(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
