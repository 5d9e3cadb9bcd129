package org.sitrep.server.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The load test's client, run as its own process: CLIENTS threads, each sending filtered {@code /api/events} page
 * requests back to back (a closed loop, no think time) for a warm-up and then a measured period; prints the
 * latency percentiles overall and per kind of filter.
 *
 * <p>The requests are drawn at random (a fixed seed per client) from QUERIES distinct filters of seven kinds, made
 * from the values {@link BenchDatabase} writes: a country (by name or code); a country and an event or sub-event
 * type; a bounding box of about 1° in a country; a month of a country; minimum fatalities, alone or in a country;
 * an actor (text search), alone or from a year on; planned events, alone or in a country. After a third of the
 * first pages the client walks on with {@code next_cursor} to the second and third page (kind "cursor"), as an
 * analyst scrolling does. Like a browser, the client asks for gzip unless GZIP is {@code false}.
 *
 * <p>Usage: {@code LoadClient BASE_URL CLIENTS WARMUP_SECONDS MEASURE_SECONDS LIMIT [QUERIES=300] [GZIP=true]}, or
 * {@code LoadClient --urls BASE_URL LIMIT QUERIES FILE} to write the same requests as paths for {@code wrk}.
 */
public final class LoadClient {
    private static final List<String[]> COUNTRIES = List.of(new String[] {"Syria", "SY"}, new String[] {"Ukraine", "UA"},
            new String[] {"Yemen", "YE"}, new String[] {"Iraq", "IQ"}, new String[] {"Afghanistan", "AF"}, new String[] {"Somalia", "SO"},
            new String[] {"Nigeria", "NG"}, new String[] {"Mali", "ML"}, new String[] {"Burkina Faso", "BF"}, new String[] {"Sudan", "SD"},
            new String[] {"Myanmar", "MM"}, new String[] {"Libya", "LY"}, new String[] {"Democratic Republic of Congo", "CD"});
    /** South, west, north, east of each country above, as BenchDatabase spreads its incidents. */
    private static final double[][] BOXES = {{32.5, 35.8, 37.2, 42.2}, {45.5, 23.0, 52.0, 40.0}, {12.8, 43.0, 18.5, 52.5},
            {29.5, 39.0, 37.2, 48.0}, {29.5, 61.0, 38.4, 71.0}, {-1.5, 41.0, 11.5, 51.0}, {4.5, 3.0, 13.5, 14.5}, {11.0, -11.0, 24.5, 4.0},
            {9.5, -5.3, 15.0, 2.3}, {9.0, 22.0, 22.0, 38.0}, {10.0, 92.5, 28.0, 101.0}, {20.0, 10.0, 33.0, 25.0}, {-12.0, 13.0, 5.0, 31.0}};
    private static final List<String> TYPES = List.of("event_type=Battles", "event_type=Explosions/Remote violence",
            "event_type=Violence against civilians", "event_type=Protests", "sub_event_type=Air/drone strike",
            "sub_event_type=Suicide bomb", "sub_event_type=Shelling/artillery/missile attack", "sub_event_type=Abduction/forced disappearance");
    private static final List<String> ACTORS = List.of("islamic state", "houthi", "taliban", "al shabaab", "boko haram", "jnim",
            "rapid support", "tahrir al-sham", "sdf", "forces of russia", "forces of ukraine", "forces of myanmar", "unidentified");
    private static final Pattern NEXT_CURSOR = Pattern.compile("\"next_cursor\":\"([^\"]+)\"}$");

    private LoadClient() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--urls")) {
            writeUrls(args[1].replaceFirst("/$", ""), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Path.of(args[4]));
            return;
        }
        String base = args[0].replaceFirst("/$", "");
        int clients = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measure = Integer.parseInt(args[3]);
        int limit = Integer.parseInt(args[4]);
        int distinct = args.length > 5 ? Integer.parseInt(args[5]) : 300;
        boolean gzip = args.length <= 6 || Boolean.parseBoolean(args[6]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        List<String[]> queries = queries(distinct);

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + measure * 1_000_000_000L;
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        Set<String> urls = ConcurrentHashMap.newKeySet();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Random random = new Random(1000 + c);
            Thread.ofPlatform().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        String[] query = queries.get(random.nextInt(queries.size()));
                        String url = base + "/api/events?limit=" + limit + "&" + query[1];
                        String kind = query[0];
                        int pages = random.nextInt(3) == 0 ? 3 : 1;
                        for (int page = 0; page < pages && url != null && System.nanoTime() < end; page++) {
                            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
                            if (gzip) {
                                request.header("Accept-Encoding", "gzip");
                            }
                            long sent = System.nanoTime();
                            String next = null;
                            try {
                                HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                                long took = System.nanoTime() - sent;
                                if (pages > 1 && response.statusCode() == 200) {
                                    next = nextCursor(response);
                                }
                                if (sent >= measureFrom) {
                                    if (response.statusCode() != 200) {
                                        errors.incrementAndGet();
                                    } else {
                                        urls.add(url);
                                        bytes.addAndGet(response.body().length);
                                        record(latencies, kind, took);
                                        record(latencies, "all", took);
                                    }
                                }
                            } catch (IOException e) {
                                errors.incrementAndGet();
                            }
                            url = next == null ? null : base + "/api/events?limit=" + limit + "&" + query[1] + "&cursor=" + next;
                            kind = "cursor";
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        List<Long> all = latencies.getOrDefault("all", List.of());
        System.out.printf(Locale.ROOT, "%d clients, limit=%d, %s, %d s measured after %d s warm-up: %d requests, %.0f req/s, "
                        + "%d errors, %.1f KiB per answer on average, %d distinct filters, %d distinct URLs measured%n", clients, limit,
                gzip ? "gzip" : "no gzip", measure, warmup, all.size(), all.size() / (double) measure, errors.get(),
                all.isEmpty() ? 0 : bytes.get() / 1024.0 / all.size(), queries.size(), urls.size());
        System.out.printf("%-14s %8s %8s %8s %8s %8s%n", "filter", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
        new TreeMap<>(latencies).forEach((kind, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-14s %8d %8.1f %8.1f %8.1f %8.1f%n", kind, sorted.length, ms(sorted, .50), ms(sorted, .95),
                    ms(sorted, .99), sorted[sorted.length - 1] / 1e6);
        });
    }

    /**
     * Writes the paths of the first three pages of each filter, one a line, for {@code wrk} and
     * {@code random-paths.lua}: the cursors are found by asking the server for the pages once.
     */
    private static void writeUrls(String base, int limit, int distinct, Path file) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<String> paths = new ArrayList<>();
        for (String[] query : queries(distinct)) {
            String path = "/api/events?limit=" + limit + "&" + query[1];
            for (int page = 0; page < 3 && path != null; page++) {
                paths.add(path);
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                String next = nextCursor(response);
                path = next == null ? null : "/api/events?limit=" + limit + "&" + query[1] + "&cursor=" + next;
            }
        }
        Files.write(file, paths);
        System.out.println(paths.size() + " paths of " + distinct + " filters written to " + file);
    }

    /** {@code count} distinct filters (kind, query string), the same every run: drawn with a fixed seed. */
    static List<String[]> queries(int count) {
        Random random = new Random(42);
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> queries = new ArrayList<>();
        for (int attempts = 0; queries.size() < count && attempts < count * 100; attempts++) {
            int c = random.nextInt(COUNTRIES.size());
            String country = "country=" + COUNTRIES.get(c)[random.nextInt(2)];
            String[] query = switch (random.nextInt(7)) {
                case 0 -> new String[] {"country", country};
                case 1 -> new String[] {"country+type", country + "&" + TYPES.get(random.nextInt(TYPES.size()))};
                case 2 -> {
                    double[] box = BOXES[c];
                    double south = box[0] + random.nextInt((int) (box[2] - box[0])) + random.nextInt(4) * 0.25;
                    double west = box[1] + random.nextInt((int) (box[3] - box[1])) + random.nextInt(4) * 0.25;
                    yield new String[] {"bbox", String.format(Locale.ROOT, "bbox=%.2f,%.2f,%.2f,%.2f", south, west, south + 1, west + 1)};
                }
                case 3 -> {
                    LocalDate month = LocalDate.of(2012 + random.nextInt(13), 1 + random.nextInt(12), 1);
                    yield new String[] {"dates+country", "from=" + month + "&to=" + month.plusMonths(1).minusDays(1) + "&" + country};
                }
                case 4 -> {
                    String fatalities = "min_fatalities=" + List.of(5, 10, 20).get(random.nextInt(3));
                    yield new String[] {"fatalities", random.nextBoolean() ? fatalities : fatalities + "&" + country};
                }
                case 5 -> {
                    String actor = "actor=" + ACTORS.get(random.nextInt(ACTORS.size()));
                    yield new String[] {"actor", random.nextBoolean() ? actor : actor + "&from=" + (2012 + random.nextInt(12)) + "-01-01"};
                }
                default -> new String[] {"modality", random.nextInt(4) == 0 ? "modality=planned" : "modality=planned&" + country};
            };
            String encoded = encode(query[1]);
            if (seen.add(encoded)) {
                queries.add(new String[] {query[0], encoded});
            }
        }
        return Collections.unmodifiableList(queries);
    }

    /** Encodes the values of a query string: {@code a=b c&d=e} to {@code a=b+c&d=e}. */
    private static String encode(String query) {
        List<String> parts = new ArrayList<>();
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            parts.add(pair.substring(0, equals + 1) + URLEncoder.encode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }

    private static String nextCursor(HttpResponse<byte[]> response) throws IOException {
        InputStream body = new ByteArrayInputStream(response.body());
        if (response.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            body = new GZIPInputStream(body);
        }
        String json = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        Matcher next = NEXT_CURSOR.matcher(json);
        return next.find() ? next.group(1) : null;
    }

    private static void record(Map<String, List<Long>> latencies, String kind, long took) {
        latencies.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>())).add(took);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
