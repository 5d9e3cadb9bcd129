package org.sitrep.ingest.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.sitrep.ingest.SharedData;

/**
 * Main-text extraction on the scrapinghub article-extraction benchmark (181 pages, gold bodies), scored with the
 * benchmark's own metric. Writes target/aeb-output.jsonl so that ../shared/tools/aeb_score.py can check the figure.
 */
class AebBenchmarkTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mainTextMatchesTheGoldBodies() throws IOException {
        Path dir = SharedData.path("corpus/html/scrapinghub-aeb");
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        HtmlPageReader reader = new HtmlPageReader();
        List<ShingleScore.Page> pages = new ArrayList<>();
        Path output = Path.of("target", "aeb-output.jsonl");
        Files.createDirectories(output.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            Iterator<Map.Entry<String, JsonNode>> it = truth.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> gold = it.next();
                byte[] bytes;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + gold.getKey() + ".html.gz")))) {
                    bytes = in.readAllBytes();
                }
                String text = reader.read(bytes, gold.getValue().get("url").asText()).text();
                ShingleScore.Page page = ShingleScore.page(gold.getValue().get("articleBody").asText(), text);
                pages.add(page);
                ObjectNode line = JSON.createObjectNode().put("file", gold.getKey() + ".html").put("text", text);
                out.write(JSON.writeValueAsString(line));
                out.newLine();
                if (System.getProperty("aeb.verbose") != null) {
                    System.out.printf("%s P %.3f R %.3f%n", gold.getKey(), page.precision(), page.recall());
                }
            }
        }
        ShingleScore.Result result = ShingleScore.mean(pages);
        System.out.printf("AEB (%d pages): precision %.3f recall %.3f F1 %.3f%n", pages.size(), result.precision(), result.recall(), result.f1());
        assertTrue(result.f1() >= 0.95, "F1 " + result.f1());
    }
}
