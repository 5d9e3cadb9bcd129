package org.sitrep.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.sitrep.format.Json;
import org.sitrep.model.Actor;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.Evidence;
import org.sitrep.model.Extraction;
import org.sitrep.model.Location;
import org.sitrep.model.Modality;
import org.sitrep.store.EventQuery;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sitrep bench}: figures printed from one run, never asserted by a timed test. {@code storage} measures the
 * database alone: stored events per second for a batch ingest of coded events, and the latency of filtered pages.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks that print their figures.",
        subcommands = {BenchCommand.Storage.class, PipelineBench.class})
final class BenchCommand {

    @Command(name = "storage", mixinStandardHelpOptions = true,
            description = {"Batch-ingest speed (stored events/s) and filtered-page latency (p50/p95/p99) of the database.",
                    "Example: sitrep bench storage --db /tmp/bench.db --events 1000000"})
    static final class Storage implements Callable<Integer> {
        private static final String[] TYPES = {"Explosions/Remote violence", "Battles", "Violence against civilians", "Protests"};
        private static final String[] SUB_TYPES = {"Shelling/artillery/missile attack", "Armed clash", "Attack", "Peaceful protest"};
        private static final String[][] COUNTRIES = {{"SY", "Syria", "760"}, {"IQ", "Iraq", "368"}, {"YE", "Yemen", "887"},
                {"AF", "Afghanistan", "4"}, {"UA", "Ukraine", "804"}, {"SD", "Sudan", "729"}, {"ML", "Mali", "466"}, {"SO", "Somalia", "706"}};

        @Mixin
        DatabaseOption database;

        @Option(names = "--events", defaultValue = "100000", description = "Events the database should hold for the query figures. Default: ${DEFAULT-VALUE}.")
        int events;

        @Option(names = "--batch", defaultValue = "1000", description = "Documents per transaction. Default: ${DEFAULT-VALUE}.")
        int batch;

        @Option(names = "--queries", defaultValue = "500", description = "Filtered pages to time. Default: ${DEFAULT-VALUE}.")
        int queries;

        @Option(names = "--json", description = "Print one JSON object instead of a table.")
        boolean json;

        @Override
        public Integer call() {
            Random random = new Random(42);
            Map<String, Object> figures = new LinkedHashMap<>();
            try (SitrepStore store = database.open()) {
                long present = store.count(EventQuery.builder().includeRejected(true).build());
                int toAdd = (int) Math.max(0, events - present);
                long started = System.nanoTime();
                long stored = 0;
                List<Extraction> pending = new ArrayList<>();
                for (int i = 0; i < toAdd; i++) {
                    pending.add(synthetic(random, present + i));
                    if (pending.size() == batch || i == toAdd - 1) {
                        stored += store.storeAll(pending).stream().mapToInt(o -> o.events()).sum();
                        pending.clear();
                    }
                }
                double seconds = (System.nanoTime() - started) / 1e9;
                figures.put("database", store.database().name());
                figures.put("engine", store.database().engine().name().toLowerCase(Locale.ROOT));
                figures.put("events_stored", stored);
                figures.put("ingest_seconds", round(seconds));
                figures.put("stored_events_per_s", toAdd == 0 ? null : round(stored / seconds));
                figures.put("incidents_in_database", store.count(EventQuery.builder().includeRejected(true).build()));
                double[] latencies = new double[queries];
                for (int q = 0; q < queries; q++) {
                    EventQuery query = randomQuery(random);
                    long t = System.nanoTime();
                    store.events(query);
                    latencies[q] = (System.nanoTime() - t) / 1e6;
                }
                Arrays.sort(latencies);
                figures.put("queries", queries);
                figures.put("page_ms_p50", round(percentile(latencies, 0.50)));
                figures.put("page_ms_p95", round(percentile(latencies, 0.95)));
                figures.put("page_ms_p99", round(percentile(latencies, 0.99)));
            }
            if (json) {
                System.out.println(Json.line(figures));
            } else {
                figures.forEach((k, v) -> System.out.printf(Locale.ROOT, "%-24s %s%n", k, v));
            }
            return 0;
        }

        /** One document with one event: spread over 8 countries, 10 years and a grid of places, so that a few merge. */
        private static Extraction synthetic(Random random, long n) {
            String[] country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            int kind = random.nextInt(TYPES.length);
            double lat = 10 + random.nextInt(300) * 0.1;
            double lon = 20 + random.nextInt(400) * 0.1;
            LocalDate day = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3650));
            String id = "bench-" + n;
            String sentence = "Report " + n + ": " + SUB_TYPES[kind] + " near place " + lat + "," + lon + " on " + day + ".";
            Location place = new Location("Place " + (int) (lat * 10) + "-" + (int) (lon * 10), Integer.parseInt(country[2]), country[0],
                    country[1], "Region " + random.nextInt(20), "District " + random.nextInt(200), null, lat, lon, 1, null);
            Event event = new Event(id + "-e1", id, new EventDate(day, DatePrecision.DAY, true), "Political violence", TYPES[kind],
                    SUB_TYPES[kind], null, Actor.UNIDENTIFIED, List.of(), null, List.of(), null, place, "Bench " + (n % 50), null, sentence,
                    random.nextInt(10), null, null, null, null, null, null, Modality.ASSERTED, null, List.of(), null, 0.7,
                    List.of(new Evidence(id, sentence, 0, sentence.length())), List.of());
            Document document = new Document(id, "Bench " + (n % 50), null, day.atStartOfDay().plusHours(12), sentence, List.of());
            return new Extraction(document, List.of(event), List.of(), List.of());
        }

        /** The filters an analyst's map view sends: a country and a month, a viewport and a year, a type and a quarter. */
        private static EventQuery randomQuery(Random random) {
            LocalDate from = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(3300));
            EventQuery.Builder q = EventQuery.builder().limit(100);
            switch (random.nextInt(4)) {
                case 0 -> q.country(COUNTRIES[random.nextInt(COUNTRIES.length)][1]).from(from).to(from.plusMonths(1));
                case 1 -> {
                    double south = 10 + random.nextInt(250) * 0.1;
                    double west = 20 + random.nextInt(350) * 0.1;
                    q.bbox(south, west, south + 3, west + 3).from(from).to(from.plusYears(1));
                }
                case 2 -> q.eventType(TYPES[random.nextInt(TYPES.length)]).from(from).to(from.plusMonths(3)).minFatalities(5);
                default -> q.from(from).to(from.plusDays(7));
            }
            return q.build();
        }

        private static double percentile(double[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }
}
