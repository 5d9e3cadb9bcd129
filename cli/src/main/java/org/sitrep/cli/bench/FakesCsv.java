package org.sitrep.cli.bench;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Document;

/**
 * The FA-KES collection (../shared/corpus/fa-kes/FA-KES-Dataset.csv) as documents: a CSV with quoted fields that
 * span lines, columns unit_id, article_title, article_content, source, date (M/D/YYYY), location, labels. Each row
 * is one document, its title and content as text, published at noon of its date (the day alone is known).
 */
public final class FakesCsv {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    private FakesCsv() {
    }

    /** Up to {@code limit} articles, in file order. */
    public static List<Document> read(byte[] bytes, int limit) {
        List<List<String>> rows = rows(decode(bytes));
        List<Document> documents = new ArrayList<>();
        // the first row is the header
        for (int i = 1; i < rows.size() && documents.size() < limit; i++) {
            List<String> row = rows.get(i);
            if (row.size() < 5) {
                continue;
            }
            documents.add(new Document("fakes-" + row.get(0), row.get(3), null, published(row.get(4)),
                    (row.get(1) + "\n" + row.get(2)).strip(), List.of()));
        }
        return documents;
    }

    /** The file in the repository is UTF-8; the collection's own description says latin-1, so read that where UTF-8 fails. */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    private static java.time.LocalDateTime published(String date) {
        try {
            return LocalDate.parse(date.strip(), DATE).atTime(12, 0);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** RFC 4180: fields separated by commas, quoted fields may hold commas, line breaks and doubled quotes. */
    static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
