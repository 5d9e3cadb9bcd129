package org.sitrep.flink;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.format.Json;
import org.sitrep.model.Document;

/** Documents from ../shared for the tests and the benchmark, and their {@code sitrep extract --input} lines. */
final class TestDocuments {
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    private TestDocuments() {
    }

    static Path shared(String path) {
        return Path.of(System.getProperty("sitrep.shared", "../shared")).resolve(path);
    }

    /** The first {@code limit} FA-KES articles (Syrian war reporting, 2011-2018) with their dates. */
    static List<Document> faKes(int limit) throws IOException {
        List<Document> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(shared("corpus/fa-kes/FA-KES-Dataset.csv"), StandardCharsets.ISO_8859_1)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader)) {
                if (documents.size() == limit) {
                    break;
                }
                documents.add(new Document("fakes-" + record.get("unit_id"), record.get("source"), null,
                        LocalDate.parse(record.get("date"), US_DATE).atStartOfDay(), record.get("article_content"), List.of()));
            }
        }
        return documents;
    }

    static String line(Document document) {
        return line(document.id(), document.text(), document.publisher(),
                document.published() == null ? null : document.published().toString());
    }

    static String line(String id, String text, String source, String published) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", id);
        line.put("text", text);
        line.put("published", published);
        line.put("source", source);
        return Json.line(line);
    }

    static Path write(Path file, List<Document> documents) throws IOException {
        Files.write(file, documents.stream().map(TestDocuments::line).toList(), StandardCharsets.UTF_8);
        return file;
    }
}
