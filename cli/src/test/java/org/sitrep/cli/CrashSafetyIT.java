package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest of 10,000 documents killed with SIGKILL part-way and started again stores every document exactly once,
 * with the very incidents an uninterrupted ingest stores, in a database that passes SQLite's integrity check; a
 * third ingest of the same corpus stores nothing.
 */
class CrashSafetyIT {
    private static final int DOCUMENTS = 10_000;
    private static final String[] TOWNS = {"Aleppo", "Homs", "Hama", "Idlib", "Saraqib", "Douma", "Daraa", "Raqqa", "Tartus",
            "Latakia", "Qamishli", "Mosul", "Kirkuk", "Fallujah", "Ramadi", "Tikrit", "Sanaa", "Taiz", "Aden", "Marib",
            "Kandahar", "Kunduz", "Herat", "Maiduguri", "Mogadishu", "Kismayo", "Benghazi", "Sirte", "Gao", "Timbuktu"};
    private static final String[] REPORTS = {
            "A car bomb exploded at a checkpoint in %s on %d September 2016, killing %d people, activists said.",
            "Air strikes hit %s on %d September 2016, killing %d civilians, according to local sources.",
            "Government forces clashed with rebels near %s on %d September 2016; %d fighters were killed.",
            "Artillery shelling struck residential areas of %s on %d September 2016, killing %d people."};

    @TempDir
    Path dir;

    @Test
    void aKilledIngestResumesWithoutLossOrDuplicates() throws Exception {
        Path corpus = corpus();
        Path crashed = dir.resolve("crashed.db");
        Path reference = dir.resolve("reference.db");

        Process first = ingest(corpus, crashed);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (first.isAlive() && count(crashed, "documents") < 3_000 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(first.isAlive(), "the ingest finished before it could be killed");
        first.destroyForcibly(); // SIGKILL: no shutdown hook, no rollback, a transaction may be half written
        first.waitFor();
        long storedBeforeCrash = count(crashed, "documents");
        assertTrue(storedBeforeCrash > 0 && storedBeforeCrash < DOCUMENTS, "killed part-way: " + storedBeforeCrash);

        assertEquals(0, ingest(corpus, crashed).waitFor(), "the resumed ingest succeeds");
        assertEquals(0, ingest(corpus, reference).waitFor(), "the uninterrupted ingest succeeds");

        assertEquals(DOCUMENTS, count(crashed, "documents"));
        assertEquals(count(reference, "event_sources"), count(crashed, "event_sources"), "no event lost or duplicated");
        assertEquals(incidents(reference), incidents(crashed), "the same incidents, merged the same way");
        assertEquals("ok", integrity(crashed));

        ExtractCommandIT.Run again = ExtractCommandIT.sitrep(null, "ingest", corpus.toString(), "--db", crashed.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.err().contains("0 documents stored") && again.err().contains(DOCUMENTS + " already stored"), again.err());
        assertEquals(DOCUMENTS, count(crashed, "documents"));
    }

    private Path corpus() throws Exception {
        Path corpus = dir.resolve("corpus.jsonl");
        Random random = new Random(7);
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(corpus)) {
            for (int i = 0; i < DOCUMENTS; i++) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", "doc-" + i);
                line.put("text", "Report " + i + ". " + REPORTS[random.nextInt(REPORTS.length)].formatted(
                        TOWNS[random.nextInt(TOWNS.length)], 1 + random.nextInt(28), 1 + random.nextInt(40)));
                line.put("published", "2016-09-30");
                line.put("source", "Agency " + i % 7);
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
        return corpus;
    }

    private static Process ingest(Path corpus, Path db) throws Exception {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                System.getProperty("sitrep.jar"), "ingest", corpus.toString(), "--db", db.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static long count(Path db, String table) throws Exception {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (java.sql.SQLException notYetCreated) {
            return 0;
        }
    }

    /** Every incident as (id, type, date, place, sources, fatalities): what an export shows, without the clock. */
    private static List<String> incidents(Path db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id_cnty, sub_event_type, event_date, location, num_sources, fatalities, "
                     + "fatalities_high FROM events ORDER BY event_id_cnty")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|"
                        + rs.getInt(5) + "|" + rs.getString(6) + "|" + rs.getString(7));
            }
        }
        return rows;
    }

    private static String integrity(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
