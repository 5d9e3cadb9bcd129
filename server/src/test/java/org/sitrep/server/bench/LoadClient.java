package org.sitrep.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load test's client, run as its own process: CLIENTS threads, each sending filtered {@code /api/events} page
 * requests back to back (a closed loop, no think time) for a warm-up and then a measured period; prints the
 * latency percentiles overall and per kind of filter.
 *
 * <p>Usage: {@code LoadClient BASE_URL CLIENTS WARMUP_SECONDS MEASURE_SECONDS LIMIT}
 */
public final class LoadClient {
    /** Filter kinds, each a few variants: what a map and an analyst ask for. */
    private static final Map<String, List<String>> QUERIES = Map.of(
            "country", List.of("country=SY", "country=Ukraine", "country=YE", "country=Nigeria", "country=ML"),
            "country+type", List.of("country=SY&event_type=Explosions%2FRemote%20violence", "country=UA&event_type=Battles",
                    "country=Yemen&event_type=Violence%20against%20civilians", "country=SO&sub_event_type=Suicide%20bomb"),
            "bbox", List.of("bbox=35.5,36.5,36.8,37.8", "bbox=47.5,37.0,48.5,38.5", "bbox=11.5,13.0,12.5,14.5", "bbox=15.0,44.0,16.0,45.0"),
            "dates+country", List.of("from=2016-09-01&to=2016-09-30&country=SY", "from=2022-03-01&to=2022-03-31&country=UA",
                    "from=2019-01-01&to=2019-06-30&country=AF"),
            "fatalities", List.of("min_fatalities=10&country=SY", "min_fatalities=20", "min_fatalities=5&event_type=Battles"),
            "actor", List.of("actor=islamic%20state", "actor=houthi", "actor=taliban&from=2015-01-01"),
            "modality", List.of("modality=planned&country=IQ", "modality=planned"));

    private LoadClient() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0].replaceFirst("/$", "");
        int clients = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int measure = Integer.parseInt(args[3]);
        int limit = Integer.parseInt(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        List<String[]> queries = new ArrayList<>();
        QUERIES.forEach((kind, variants) -> variants.forEach(q -> queries.add(new String[] {kind, q})));

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + measure * 1_000_000_000L;
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread.ofPlatform().start(() -> {
                List<long[]> mine = new ArrayList<>();
                int next = client;
                try {
                    while (System.nanoTime() < end) {
                        String[] query = queries.get(next++ % queries.size());
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/events?limit=" + limit + "&" + query[1]))
                                .timeout(Duration.ofSeconds(60)).build();
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                            long took = System.nanoTime() - sent;
                            if (sent >= measureFrom) {
                                if (response.statusCode() != 200) {
                                    errors.incrementAndGet();
                                } else {
                                    bytes.addAndGet(response.body().length);
                                    latencies.computeIfAbsent(query[0], k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(took);
                                    latencies.computeIfAbsent("all", k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(took);
                                }
                            }
                        } catch (java.io.IOException e) {
                            errors.incrementAndGet();
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
        System.out.printf(Locale.ROOT, "%d clients, limit=%d, %d s measured after %d s warm-up: %d requests, %.0f req/s, %d errors, "
                        + "%.1f KiB per page on average%n", clients, limit, measure, warmup, all.size(), all.size() / (double) measure,
                errors.get(), all.isEmpty() ? 0 : bytes.get() / 1024.0 / all.size());
        System.out.printf("%-14s %8s %8s %8s %8s %8s%n", "filter", "n", "p50 ms", "p95 ms", "p99 ms", "max ms");
        new TreeMap<>(latencies).forEach((kind, list) -> {
            long[] sorted = list.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "%-14s %8d %8.1f %8.1f %8.1f %8.1f%n", kind, sorted.length, ms(sorted, .50), ms(sorted, .95),
                    ms(sorted, .99), sorted[sorted.length - 1] / 1e6);
        });
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
