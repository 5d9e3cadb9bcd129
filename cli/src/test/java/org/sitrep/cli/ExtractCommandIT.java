package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the shaded jar run as a user runs it, on real reports and on bad input. */
class ExtractCommandIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run sitrep(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("sitrep.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        Path out = Files.createTempFile("sitrep-out", ".txt");
        Path err = Files.createTempFile("sitrep-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "sitrep did not finish: " + String.join(" ", args));
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Path seed() {
        return SharedData.path("corpus/seed/interpreter-2016-09-05-syria-live.txt");
    }

    @Test
    void theSeedAsJsonLinesHasEventsTollsAndControl() throws Exception {
        Run run = sitrep(null, "extract", seed().toString(), "--published", "2016-09-05", "--source", "The Interpreter", "--format", "jsonl");
        assertEquals(0, run.exit(), run.err());
        List<JsonNode> records = new ArrayList<>();
        for (String line : run.out().split("\n")) {
            records.add(JSON.readTree(line));
        }
        assertTrue(records.stream().filter(r -> r.get("record").asText().equals("event")).count() >= 8);
        assertTrue(records.stream().anyMatch(r -> r.get("record").asText().equals("casualty_report") && r.get("killed").asInt() == 57));
        assertTrue(records.stream().anyMatch(r -> r.get("record").asText().equals("control")));
        JsonNode event = records.get(0);
        for (String column : List.of("event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "inter1",
                "interaction", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "fatalities", "modality", "evidence")) {
            assertTrue(event.has(column), "event records have " + column);
        }
        assertEquals("The Interpreter", event.get("source").asText());
        assertTrue(records.stream().allMatch(r -> r.get("document_id").asText().equals("interpreter-2016-09-05-syria-live")));
    }

    @Test
    void theSeedTableIsForPeople() throws Exception {
        Run run = sitrep(null, "extract", seed().toString(), "--published", "2016-09-05");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Explosions/Remote violence / Air/drone strike"), run.out());
        assertTrue(run.out().contains("CASUALTY REPORT"), run.out());
    }

    @Test
    void theDateWrittenAtTheHeadOfTheReportIsTheDefaultReference() throws Exception {
        Run run = sitrep(null, "extract", seed().toString(), "--format", "csv");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("document_id,event_id_cnty,event_date,"), run.out());
        assertTrue(run.out().contains(",2016-09-05,"), run.out());
    }

    @Test
    void batchModeReadsJsonLinesAndNamesTheBadLine(@TempDir Path dir) throws Exception {
        Path docs = dir.resolve("docs.jsonl");
        Files.writeString(docs, """
                {"id":"a","text":"Two car bombs exploded in Homs on Monday, killing 12 people.","published":"2016-09-07","source":"Test"}
                this is not json
                {"id":"b","text":"Houthi forces fired missiles at Marib city yesterday.","published":"2021-02-10T08:00"}
                """);
        Run run = sitrep(null, "extract", "--input", docs.toString(), "--format", "jsonl");
        assertEquals(2, run.exit(), "a bad line is an unreadable input");
        assertTrue(run.err().contains("docs.jsonl line 2"), run.err());
        assertTrue(run.out().contains("\"document_id\":\"a\""), run.out());
        assertTrue(run.out().contains("\"document_id\":\"b\""), run.out());
        assertTrue(run.out().contains("\"fatalities\":12"), run.out());
    }

    @Test
    void emptyInputSaysSoAndSucceeds(@TempDir Path dir) throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run run = sitrep(null, "extract", empty.toString(), "--published", "2020-01-01");
        assertEquals(0, run.exit());
        assertTrue(run.err().contains("empty.txt is empty"), run.err());
    }

    @Test
    void aReportWithoutIncidentsSaysSoAndSucceeds(@TempDir Path dir) throws Exception {
        Path calm = dir.resolve("weather.txt");
        Files.writeString(calm, "Sunny skies are expected over Damascus on Monday, with temperatures near 35 degrees.");
        Run run = sitrep(null, "extract", calm.toString(), "--published", "2020-07-01", "--format", "jsonl");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().isBlank(), run.out());
        assertTrue(run.err().contains("weather.txt: no events found"), run.err());
    }

    @Test
    void binaryInputIsRefusedWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Path binary = dir.resolve("photo.jpg");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1});
        Run run = sitrep(null, "extract", binary.toString(), "--published", "2020-01-01");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("photo.jpg") && run.err().contains("binary"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void missingFileAndBadDateAreClearErrors() throws Exception {
        Run missing = sitrep(null, "extract", "no-such-report.txt", "--published", "2020-01-01");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no-such-report.txt: no such file"), missing.err());
        Run badDate = sitrep(null, "extract", seed().toString(), "--published", "yesterday-ish");
        assertEquals(2, badDate.exit());
        assertTrue(badDate.err().contains("yesterday-ish"), badDate.err());
    }

    @Test
    void aReportWithoutAnyDateAsksForPublished(@TempDir Path dir) throws Exception {
        Path undated = dir.resolve("undated.txt");
        Files.writeString(undated, "Rebels shelled the town of Saraqib, killing three civilians.");
        Run run = sitrep(null, "extract", undated.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--published"), run.err());
    }

    @Test
    void legacyEncodingsAreDecoded(@TempDir Path dir) throws Exception {
        Path latin = dir.resolve("latin1.txt");
        Files.write(latin, "Des frappes aériennes ont touché Saraqib. Air strikes hit Saraqib in Idlib province, killing four people."
                .getBytes(Charset.forName("ISO-8859-1")));
        Run run = sitrep(null, "extract", latin.toString(), "--published", "2016-09-05", "--format", "jsonl");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("windows-1252"), run.err());
        assertTrue(run.out().contains("Air/drone strike"), run.out());

        Path arabic = dir.resolve("arabic.txt");
        Files.write(arabic, "قصف الطيران الحربي مدينة سراقب في ريف إدلب".getBytes(Charset.forName("windows-1256")));
        Run arabicRun = sitrep(null, "extract", arabic.toString(), "--published", "2016-09-05", "--format", "jsonl");
        assertEquals(0, arabicRun.exit(), arabicRun.err());
        assertTrue(arabicRun.err().contains("windows-1256"), arabicRun.err());
    }

    @Test
    void standardInputIsAReport() throws Exception {
        Run run = sitrep(seed(), "extract", "-", "--published", "2016-09-05", "--format", "jsonl");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"document_id\":\"stdin\""));
    }

    @Test
    void evalPrintsPerFieldScores() throws Exception {
        Run run = sitrep(null, "eval", SharedData.path("eval/drone-gtd-acled/syria_iraq_2014_2017.csv").toString(), "--limit", "20", "--json");
        assertEquals(0, run.exit(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertEquals(20, report.get("incidents").asInt());
        assertTrue(report.get("fields").has("event_found"), run.out());
    }

    @Test
    void evalScoresLabelledSnippetsAndWritesTheMisclassified(@TempDir Path dir) throws Exception {
        Path misses = dir.resolve("misses.tsv");
        Run run = sitrep(null, "eval", "--snippets",
                SharedData.path("eval/case2021-task2/test_set_final_release_with_labels.tsv").toString(),
                "--limit", "60", "--json", "--snippet-misses", misses.toString());
        assertEquals(0, run.exit(), run.err());
        JsonNode report = JSON.readTree(run.out());
        assertTrue(report.get("snippets_scored").asInt() > 40, run.out());
        assertEquals(25, report.get("classes").size(), "the 25 ACLED sub-event types");
        assertTrue(report.get("weighted_f1").asDouble() > 0.5, run.out());
        List<String> lines = Files.readAllLines(misses);
        assertEquals("id\tgold\tours\ttext", lines.get(0));

        Path notCase = dir.resolve("other.tsv");
        Files.writeString(notCase, "a\tb\n1\t2\n");
        Run bad = sitrep(null, "eval", "--snippets", notCase.toString());
        assertFalse(bad.exit() == 0, bad.out());
        assertTrue(bad.err().contains("not a CASE 2021 task 2 file"), bad.err());
    }

    @Test
    void evalUnderTheDayAfterProtocolWritesItsWrongDates(@TempDir Path dir) throws Exception {
        Path misses = dir.resolve("misses.tsv");
        Run run = sitrep(null, "eval", SharedData.path("eval/drone-gtd-acled/syria_iraq_2014_2017.csv").toString(),
                "--limit", "20", "--date-protocol", "day-after", "--date-misses", misses.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(misses);
        assertEquals("id\tfield\texpected\tours\ttext", lines.get(0));
        assertTrue(lines.stream().skip(1).allMatch(line -> line.split("\t")[1].equals("date")), "only dates: " + lines);
        assertTrue(lines.stream().skip(1).noneMatch(line -> line.split("\t")[4].matches("\\d+/\\d+/\\d+:.*")),
                "the leading dates are removed: " + lines);
        assertTrue(run.err().contains("wrong dates written to"), run.err());

        Run bad = sitrep(null, "eval", SharedData.path("eval/drone-gtd-acled/syria_iraq_2014_2017.csv").toString(),
                "--date-protocol", "tomorrow");
        assertFalse(bad.exit() == 0, bad.out());
        assertTrue(bad.err().contains("same-day or day-after"), bad.err());
    }

    @Test
    void evalWritesEveryMissedField(@TempDir Path dir) throws Exception {
        Path misses = dir.resolve("all-misses.tsv");
        Run run = sitrep(null, "eval", SharedData.path("eval/drone-gtd-acled/Acled_GTD_Drone_Database_20260509.csv").toString(),
                "--limit", "80", "--json", "--misses", misses.toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(misses);
        assertEquals("id\tfield\texpected\tours\ttext", lines.get(0));
        assertTrue(lines.size() > 1, "80 incidents miss some field");
        // each field's misses are the scores' total minus hits, as the same run printed them
        JsonNode fields = new ObjectMapper().readTree(run.out()).get("fields");
        fields.fields().forEachRemaining(field -> {
            long written = lines.stream().skip(1).filter(line -> line.split("\t")[1].equals(field.getKey())).count();
            assertEquals(field.getValue().get("total").asInt() - field.getValue().get("hits").asInt(), written, field.getKey());
        });
        assertTrue(lines.stream().skip(1).allMatch(line -> line.split("\t").length == 5), "id, field, expected, ours, text");
    }
}
