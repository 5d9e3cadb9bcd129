package org.sitrep.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.sitrep.format.Json;
import org.sitrep.format.Records;
import org.sitrep.model.Document;
import org.sitrep.pipeline.Extractor;

/** Documents from ../shared for the tests and the benchmark, and their {@code sitrep extract --input} lines. */
final class TestDocuments {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /** What {@code sitrep extract --input} prints for the documents, by document and event id. */
    static Map<String, JsonNode> extracted(List<Document> documents) throws Exception {
        Extractor extractor = Extractor.createDefault();
        Map<String, JsonNode> events = new HashMap<>();
        for (Document document : documents) {
            for (var record : Records.of(extractor.extract(document))) {
                if (record.get("record").equals("event")) {
                    events.put(record.get("document_id") + "/" + record.get("event_id_cnty"), JSON.readTree(Json.line(record)));
                }
            }
        }
        return events;
    }
}
