package org.sitrep.server.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.sitrep.store.IncidentRow;
import org.sitrep.store.SitrepStore;

/**
 * Fills a sitrep database with synthetic incidents for the load test: realistic spread over countries, years,
 * event types and actors, each with one source document and an evidence sentence. Written with direct SQL in one
 * transaction, since the merging ingest path would take hours for a million incidents and is not what is measured.
 * The database is for reading only: its incidents carry no combined record to merge new reports into.
 *
 * <p>Usage: {@code BenchDatabase DB COUNT}
 */
public final class BenchDatabase {
    /** country, ISO alpha-2, ISO numeric, south, west, north, east, relative weight. */
    private record Country(String name, String code, int iso, double south, double west, double north, double east, int weight,
                           List<String> admin1) {
    }

    private static final List<Country> COUNTRIES = List.of(
            new Country("Syria", "SY", 760, 32.5, 35.8, 37.2, 42.2, 20, List.of("Aleppo", "Idlib", "Damascus", "Homs", "Hama", "Deir ez-Zor", "Raqqa", "Daraa")),
            new Country("Ukraine", "UA", 804, 45.5, 23.0, 52.0, 40.0, 18, List.of("Donetsk", "Kharkiv", "Luhansk", "Zaporizhia", "Kherson", "Kyiv City")),
            new Country("Yemen", "YE", 887, 12.8, 43.0, 18.5, 52.5, 10, List.of("Taizz", "Al Hudaydah", "Marib", "Sanaa", "Aden", "Sadah")),
            new Country("Iraq", "IQ", 368, 29.5, 39.0, 37.2, 48.0, 8, List.of("Nineveh", "Anbar", "Baghdad", "Salah al-Din", "Kirkuk", "Diyala")),
            new Country("Afghanistan", "AF", 4, 29.5, 61.0, 38.4, 71.0, 8, List.of("Helmand", "Kandahar", "Kabul", "Nangarhar", "Kunduz", "Ghazni")),
            new Country("Somalia", "SO", 706, -1.5, 41.0, 11.5, 51.0, 6, List.of("Banadir", "Lower Shabelle", "Middle Shabelle", "Bay", "Gedo", "Hiraan")),
            new Country("Nigeria", "NG", 566, 4.5, 3.0, 13.5, 14.5, 6, List.of("Borno", "Zamfara", "Kaduna", "Benue", "Plateau", "Yobe")),
            new Country("Mali", "ML", 466, 11.0, -11.0, 24.5, 4.0, 4, List.of("Mopti", "Gao", "Timbuktu", "Segou", "Menaka", "Kidal")),
            new Country("Burkina Faso", "BF", 854, 9.5, -5.3, 15.0, 2.3, 4, List.of("Sahel", "Est", "Nord", "Centre-Nord", "Boucle du Mouhoun")),
            new Country("Sudan", "SD", 729, 9.0, 22.0, 22.0, 38.0, 5, List.of("Khartoum", "North Darfur", "South Darfur", "West Darfur", "Blue Nile")),
            new Country("Myanmar", "MM", 104, 10.0, 92.5, 28.0, 101.0, 6, List.of("Sagaing", "Rakhine", "Kachin", "Shan", "Magway", "Kayin")),
            new Country("Libya", "LY", 434, 20.0, 10.0, 33.0, 25.0, 2, List.of("Tripoli", "Benghazi", "Misrata", "Sirte", "Sabha")),
            new Country("Democratic Republic of Congo", "CD", 180, -12.0, 13.0, 5.0, 31.0, 3, List.of("North Kivu", "South Kivu", "Ituri", "Tanganyika")));
    private static final String[][] TYPES = {
            {"Battles", "Armed clash"}, {"Battles", "Armed clash"}, {"Battles", "Government regains territory"},
            {"Battles", "Non-state actor overtakes territory"},
            {"Explosions/Remote violence", "Air/drone strike"}, {"Explosions/Remote violence", "Air/drone strike"},
            {"Explosions/Remote violence", "Shelling/artillery/missile attack"}, {"Explosions/Remote violence", "Shelling/artillery/missile attack"},
            {"Explosions/Remote violence", "Remote explosive/landmine/IED"}, {"Explosions/Remote violence", "Suicide bomb"},
            {"Violence against civilians", "Attack"}, {"Violence against civilians", "Abduction/forced disappearance"},
            {"Protests", "Peaceful protest"}, {"Riots", "Violent demonstration"},
            {"Strategic developments", "Agreement"}, {"Strategic developments", "Other"}};
    private static final List<String> ACTORS = List.of("Military Forces of Syria (2000-)", "Military Forces of Russia (2000-)",
            "Islamic State", "Hayat Tahrir al-Sham", "SDF: Syrian Democratic Forces", "Military Forces of Ukraine (2019-)",
            "Houthi Movement", "Military Forces of Yemen (2016-)", "Taliban", "Al Shabaab", "Boko Haram", "JNIM",
            "Rapid Support Forces", "Military Forces of Myanmar (2021-)", "Unidentified Armed Group", "Civilians",
            "Protesters", "Rioters", "Military Forces of Iraq (2014-)", "Military Forces of Nigeria (2015-2023)");
    private static final LocalDate FIRST = LocalDate.of(2012, 1, 1);
    private static final int DAYS = 13 * 365;
    private static final int EVENTS_PER_DOCUMENT = 100;

    private BenchDatabase() {
    }

    public static void main(String[] args) {
        String db = args[0];
        int count = Integer.parseInt(args[1]);
        long started = System.nanoTime();
        // opening it through the store creates and migrates the schema; the rows then go in with plain JDBC
        SitrepStore.open(db).close();
        String url = db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db;
        try (Connection connection = java.sql.DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            fill(connection, count);
            connection.commit();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot fill " + db + ": " + e.getMessage(), e);
        }
        System.out.printf("%d synthetic incidents written to %s in %.1f s%n", count, db, (System.nanoTime() - started) / 1e9);
    }

    private static void fill(Connection connection, int count) throws java.sql.SQLException {
        Random random = new Random(42);
        List<Country> weighted = new java.util.ArrayList<>();
        COUNTRIES.forEach(c -> weighted.addAll(Collections.nCopies(c.weight(), c)));
        String now = Instant.now().toString();
        long timestamp = Instant.now().getEpochSecond();
        List<String> columns = IncidentRow.COLUMNS;
        String insertEvent = "INSERT INTO events (" + String.join(", ", columns) + ", incident_json) VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ", '{}')";
        try (PreparedStatement documents = connection.prepareStatement("INSERT INTO documents (id, source_key, version, content_hash, "
                + "publisher, title, published, ingested_at, text) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)");
             PreparedStatement events = connection.prepareStatement(insertEvent);
             PreparedStatement sources = connection.prepareStatement("INSERT INTO event_sources (document_id, extracted_id, "
                     + "event_id_cnty, publisher, fatalities, evidence, evidence_start, evidence_end, merge_reason, attached_at, event_json) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'first report of this incident', ?, '{}')")) {
            for (int i = 0; i < count; i++) {
                Country country = weighted.get(random.nextInt(weighted.size()));
                String[] type = TYPES[random.nextInt(TYPES.length)];
                LocalDate date = FIRST.plusDays(random.nextInt(DAYS));
                String admin1 = country.admin1().get(random.nextInt(country.admin1().size()));
                String actor1 = ACTORS.get(random.nextInt(ACTORS.size()));
                String actor2 = random.nextBoolean() ? ACTORS.get(random.nextInt(ACTORS.size())) : null;
                int fatalities = type[0].equals("Protests") || type[0].equals("Strategic developments") ? 0
                        : (int) Math.min(500, Math.floor(-Math.log(1 - random.nextDouble()) * 4));
                double lat = country.south() + random.nextDouble() * (country.north() - country.south());
                double lon = country.west() + random.nextDouble() * (country.east() - country.west());
                String id = country.code() + (i + 1);
                String documentId = "D" + (i / EVENTS_PER_DOCUMENT + 1);
                String sentence = "On " + date + ", " + type[1].toLowerCase() + " involving " + actor1 + " in " + admin1
                        + " left " + fatalities + " dead, sources said.";
                if (i % EVENTS_PER_DOCUMENT == 0) {
                    documents.setString(1, documentId);
                    documents.setString(2, "bench:" + documentId);
                    documents.setString(3, "bench-" + documentId);
                    documents.setString(4, "Bench Wire");
                    documents.setString(5, "Synthetic report " + documentId);
                    documents.setString(6, date + "T12:00");
                    documents.setString(7, now);
                    documents.setString(8, "A synthetic report for the load test.");
                    documents.addBatch();
                    documents.executeBatch();
                }
                Object[] row = new Object[columns.size()];
                java.util.Map<String, Object> values = new java.util.HashMap<>();
                values.put("event_id_cnty", id);
                values.put("event_date", date.toString());
                values.put("year", date.getYear());
                values.put("time_precision", 1);
                values.put("disorder_type", type[0].equals("Protests") || type[0].equals("Riots") ? "Demonstrations"
                        : type[0].equals("Strategic developments") ? "Strategic developments" : "Political violence");
                values.put("event_type", type[0]);
                values.put("sub_event_type", type[1]);
                values.put("actor1", actor1);
                values.put("actor2", actor2);
                values.put("inter1", 1 + random.nextInt(8));
                values.put("iso", country.iso());
                values.put("country", country.name());
                values.put("admin1", admin1);
                values.put("location", admin1 + " " + (1 + random.nextInt(40)));
                values.put("latitude", lat);
                values.put("longitude", lon);
                values.put("geo_precision", 1 + random.nextInt(3));
                values.put("source", "Bench Wire");
                values.put("notes", sentence);
                values.put("fatalities", fatalities);
                values.put("timestamp", timestamp);
                values.put("date_precision", "day");
                values.put("country_code", country.code());
                values.put("modality", random.nextInt(20) == 0 ? "planned" : "asserted");
                values.put("confidence", 0.9);
                values.put("num_sources", 1);
                values.put("first_reported", date + "T12:00");
                values.put("last_reported", date + "T12:00");
                values.put("status", "unverified");
                for (int c = 0; c < row.length; c++) {
                    events.setObject(c + 1, values.get(columns.get(c)));
                }
                events.addBatch();
                sources.setString(1, documentId);
                sources.setString(2, documentId + "-e" + (i % EVENTS_PER_DOCUMENT + 1));
                sources.setString(3, id);
                sources.setString(4, "Bench Wire");
                sources.setInt(5, fatalities);
                sources.setString(6, sentence);
                sources.setInt(7, 0);
                sources.setInt(8, sentence.length());
                sources.setString(9, now);
                sources.addBatch();
                if (i % 5000 == 4999) {
                    events.executeBatch();
                    sources.executeBatch();
                }
            }
            events.executeBatch();
            sources.executeBatch();
        }
        try (var counters = connection.prepareStatement("UPDATE counters SET value = ? WHERE name = ?")) {
            counters.setLong(1, count);
            counters.setString(2, "event");
            counters.executeUpdate();
            counters.setLong(1, (count + EVENTS_PER_DOCUMENT - 1) / EVENTS_PER_DOCUMENT);
            counters.setString(2, "document");
            counters.executeUpdate();
        }
    }
}
