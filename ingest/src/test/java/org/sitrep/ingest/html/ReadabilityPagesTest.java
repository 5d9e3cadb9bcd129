package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.SharedData;

/**
 * The news pages of mozilla/readability's tests (../shared/corpus/html/mozilla-readability): main text against
 * readability's expected output with the benchmark's shingle metric, and titles against its expected metadata.
 */
class ReadabilityPagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void textAndTitlesAgreeWithReadability() throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(SharedData.path("corpus/html/mozilla-readability"))) {
            dirs = list.filter(d -> Files.exists(d.resolve("source.html"))).sorted().toList();
        }
        HtmlPageReader reader = new HtmlPageReader();
        List<ShingleScore.Page> pages = new ArrayList<>();
        int titles = 0;
        for (Path dir : dirs) {
            HtmlPage page = reader.read(Files.readAllBytes(dir.resolve("source.html")), "http://fakehost/test/page.html");
            String expected = Jsoup.parse(Files.readString(dir.resolve("expected.html"))).text();
            ShingleScore.Page score = ShingleScore.page(expected, page.text());
            pages.add(score);
            JsonNode meta = JSON.readTree(dir.resolve("expected-metadata.json").toFile());
            boolean sameTitle = meta.path("title").asText().strip().equalsIgnoreCase(String.valueOf(page.metadata().title()).strip());
            if (sameTitle) {
                titles++;
            }
            System.out.printf("%-16s P %.3f R %.3f title %s%n", dir.getFileName(), score.precision(), score.recall(), sameTitle ? "same" : page.metadata().title());
        }
        ShingleScore.Result result = ShingleScore.mean(pages);
        System.out.printf("readability pages (%d): precision %.3f recall %.3f F1 %.3f; titles as readability's %d/%d%n",
                pages.size(), result.precision(), result.recall(), result.f1(), titles, pages.size());
        assertTrue(result.f1() >= 0.85, "F1 " + result.f1());
    }
}
