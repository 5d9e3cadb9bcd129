package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code sitrep bench pipeline} runs and prints its figures: what it prints is checked, never how fast it was. */
class PipelineBenchTest {

    @Test
    void aSmallRunOverFakesPrintsOneJsonObjectWithEveryFigure() throws Exception {
        CommandLine cli = Sitrep.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute("bench", "pipeline", "--input", SharedData.path("corpus/fa-kes/FA-KES-Dataset.csv").toString(),
                "--seed", SharedData.path("corpus/seed/interpreter-2016-09-05-syria-live.txt").toString(),
                "--limit", "4", "--sample", "2", "--json");
        assertEquals(0, exit, err.toString());
        JsonNode figures = new ObjectMapper().readTree(out.toString());
        for (String field : List.of("articles_per_s", "tokens_per_s", "mb_per_s", "peak_heap_mb", "cold_start_ms", "peak_rss_mb",
                "cold_start_cpu_ms", "gazetteer_load_ms", "gazetteer_load_cpu_ms", "heap_after_start_mb", "gazetteer_heap_mb",
                "recognition_mb_per_s", "recognition_mb_per_cpu_s", "recognition_cold_mb_per_cpu_s",
                "extract_articles_per_s", "store_articles_per_s", "extract_command_articles_per_s", "annotate_command_articles_per_s")) {
            assertTrue(figures.path(field).isNumber(), field + " in " + figures);
        }
        assertEquals(4, figures.get("documents").asInt());
        assertTrue(figures.get("stage_ms_per_article").has("geocode"), figures.toString());
    }
}
