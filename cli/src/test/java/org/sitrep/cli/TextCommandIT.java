package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code sitrep text} run from the shaded jar on a saved page, the seed and bad input. */
class TextCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void jsonGivesOneObjectPerInputWithMetadata(@TempDir Path dir) throws Exception {
        Path page = Files.writeString(dir.resolve("page.html"), """
                <!DOCTYPE html><html lang="en"><head><title>Strikes on Idlib | Example News</title>
                <meta property="article:published_time" content="2016-09-05T09:40:00Z">
                <link rel="canonical" href="https://news.example.org/idlib"><meta name="author" content="Jane Doe"></head>
                <body><nav><a href="/">Home</a></nav><article><h1>Strikes on Idlib</h1>
                <p>Russian and regime air strikes hit the Idlib province on Monday, battering the towns of Maarat al-Numan and Saraqib.</p>
                <p>At least one person was reported killed and several wounded after three strikes in the former, activists said.</p>
                </article></body></html>
                """);
        Path seed = SharedData.path("corpus/seed/interpreter-2016-09-05-syria-live.txt");
        ExtractCommandIT.Run run = ExtractCommandIT.sitrep(null, "text", "--json", page.toString(), seed.toString());
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().strip().split("\n");
        assertEquals(2, lines.length, run.out());
        JsonNode first = JSON.readTree(lines[0]);
        assertEquals(page.toString(), first.get("file").asText());
        assertEquals("https://news.example.org/idlib", first.get("url").asText());
        assertEquals("Strikes on Idlib", first.get("title").asText());
        assertEquals("Jane Doe", first.get("byline").asText());
        assertEquals("2016-09-05T09:40", first.get("published").asText());
        assertEquals("en", first.get("language").asText());
        assertTrue(first.get("text").asText().startsWith("Russian and regime air strikes"), first.get("text").asText());
        JsonNode second = JSON.readTree(lines[1]);
        assertEquals("2016-09-05T00:00", second.get("published").asText());
        assertTrue(second.get("text").asText().contains("Ramouseh"));
    }

    @Test
    void badInputIsNamedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("x.bin"), new byte[]{0, 1, 2, 3, 0, 0, 0, 9, 9, 0});
        Path text = Files.writeString(dir.resolve("ok.txt"), "Bombs went off in Tartus this morning.\n");
        ExtractCommandIT.Run run = ExtractCommandIT.sitrep(null, "text", binary.toString(), dir.resolve("missing.html").toString(), text.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("x.bin: binary data"), run.err());
        assertTrue(run.err().contains("missing.html: no such file"), run.err());
        assertTrue(run.out().contains("Bombs went off in Tartus"), run.out());
    }
}
