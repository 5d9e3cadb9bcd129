package org.sitrep.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sitrep.eval.corpus.Reuters21578;
import org.sitrep.model.Document;
import org.sitrep.temporal.ReferenceTimes;

/**
 * The documents a benchmark runs on, read from one input: the Reuters-21578 folder (reut2-*.sgm), the FA-KES CSV,
 * a folder of LiveBlogSummary JSON files (walked), or one text report (dated by the date at its head).
 *
 * @param documents the documents, {@code size} of them when the input held fewer (see {@link #repeats})
 * @param distinct  how many different documents the input gave
 * @param repeats   how many times the input was cycled to reach the size asked for: 1 when it held enough
 */
public record BenchCorpus(List<Document> documents, int distinct, int repeats) {

    public BenchCorpus {
        documents = List.copyOf(documents);
    }

    /** Reads up to {@code size} documents from {@code input}, cycling through them again when it holds fewer. */
    public static BenchCorpus read(Path input, int size) throws IOException {
        List<Document> read = readOnce(input, size);
        if (read.isEmpty()) {
            throw new IllegalArgumentException(input + ": no documents");
        }
        List<Document> documents = new ArrayList<>(read);
        for (int i = read.size(); i < size; i++) {
            documents.add(copy(read.get(i % read.size()), i / read.size() + 1));
        }
        return new BenchCorpus(documents, read.size(), (size + read.size() - 1) / read.size());
    }

    private static List<Document> readOnce(Path input, int limit) throws IOException {
        if (Files.isDirectory(input)) {
            try (Stream<Path> sgm = Files.list(input)) {
                if (sgm.anyMatch(p -> p.getFileName().toString().matches("reut2-\\d+\\.sgm"))) {
                    return Reuters21578.read(input, limit);
                }
            }
            List<Document> blogs = new ArrayList<>();
            try (Stream<Path> walk = Files.walk(input)) {
                // index.json lists the blogs, it is not one
                for (Path file : walk.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().equals("index.json"))
                        .sorted().limit(limit).toList()) {
                    blogs.add(LiveBlogJson.read(file));
                }
            }
            return blogs;
        }
        if (input.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            return FakesCsv.read(Files.readAllBytes(input), limit);
        }
        String text = Files.readString(input, StandardCharsets.UTF_8);
        return List.of(new Document(input.getFileName().toString(), null, null, ReferenceTimes.fromText(text).orElse(null), text, List.of()));
    }

    /** Tokens as whitespace separates them: cheap, and the same for sitrep and any reference it is compared with. */
    public static long tokens(Document document) {
        String text = document.text();
        long count = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inToken) {
                count++;
            }
            inToken = !space;
        }
        return count;
    }

    /** The text's size in UTF-8, the unit of MB/s. */
    public static long bytes(Document document) {
        return document.text().getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * The n-th copy of a document under its own id and with its own text: the store skips a text it already holds,
     * so an identical copy would time the duplicate check instead of storing.
     */
    private static Document copy(Document d, int n) {
        return new Document(d.id() + "~" + n, d.publisher(), d.url(), d.published(), d.text() + "\n\n(Copy " + n + ".)", d.posts());
    }
}
