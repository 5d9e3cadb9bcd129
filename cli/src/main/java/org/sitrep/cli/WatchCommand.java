package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.DocumentVersions;
import org.sitrep.ingest.IngestOptions;
import org.sitrep.ingest.Ingestion;
import org.sitrep.ingest.feed.FeedWatcher;
import org.sitrep.ingest.fetch.FetchOptions;
import org.sitrep.ingest.fetch.HttpFetcher;
import org.sitrep.pipeline.Extractor;
import org.sitrep.store.SitrepStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep watch}: polls a list of feeds, follows each new item to its article and stores its events, round
 * after round. Feeds are asked with conditional GET; an item seen before is not fetched again; a text already
 * stored is not coded again, also across restarts.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follow RSS/Atom feeds: store the events of every new article, every interval.",
                "Example: sitrep watch --feeds feeds.txt --every 5m"})
final class WatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption database;

    @Option(names = "--feeds", required = true, paramLabel = "FILE", description = "One feed address a line; # starts a comment.")
    Path feeds;

    @Option(names = "--every", defaultValue = "5m", paramLabel = "DURATION", description = "Time between rounds: 30s, 5m, 1h. Default: ${DEFAULT-VALUE}.")
    String every;

    @Option(names = "--rounds", paramLabel = "N", description = "Stop after N rounds (default: run until stopped).")
    Integer rounds;

    @Option(names = "--source", paramLabel = "NAME", description = "The publisher of articles that do not name one.")
    String source;

    @Override
    public Integer call() {
        List<URI> addresses = readFeeds();
        Duration interval = parseDuration(every);
        PrintWriter err = spec.commandLine().getErr();
        HttpFetcher fetcher = new HttpFetcher(FetchOptions.defaults());
        IngestOptions options = IngestOptions.defaults();
        Ingestion ingestion = new Ingestion(fetcher, options);
        FeedWatcher watcher = new FeedWatcher(fetcher, new DocumentReader(), ingestion, new DocumentVersions(), options.maxBytes());
        try (SitrepStore store = database.open()) {
            Progress progress = new Progress(err, 0);
            DocumentStorer storer = new DocumentStorer(store, Extractor.createDefault(), null, source, err, progress);
            for (int round = 1; rounds == null || round <= rounds; round++) {
                FeedWatcher.Round result = watcher.poll(addresses, storer);
                storer.flush();
                err.printf(Locale.ROOT, "sitrep: %s round %d: %d feeds (%d unchanged), %d new items, %d documents, %d failures; so far %s%n",
                        LocalTime.now().withNano(0), round, result.feeds(), result.unchanged(), result.newItems(), result.documents(),
                        result.failures(), storer.summary());
                err.flush();
                if (rounds != null && round == rounds) {
                    break;
                }
                try {
                    Thread.sleep(interval);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return 0;
    }

    private List<URI> readFeeds() {
        List<String> lines;
        try {
            lines = Files.readAllLines(feeds, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(feeds + ": cannot be read (" + e.getMessage() + ")", e);
        }
        List<URI> addresses = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                URI address = URI.create(line);
                if (!"http".equals(address.getScheme()) && !"https".equals(address.getScheme())) {
                    throw new IllegalArgumentException();
                }
                addresses.add(address);
            } catch (IllegalArgumentException e) {
                throw new InputException(feeds + " line " + (i + 1) + ": '" + line + "' is not an http(s) address");
            }
        }
        if (addresses.isEmpty()) {
            throw new InputException(feeds + " lists no feed");
        }
        return addresses;
    }

    static Duration parseDuration(String value) {
        try {
            String v = value.strip().toLowerCase(Locale.ROOT);
            long amount = Long.parseLong(v.substring(0, v.length() - 1));
            Duration d = switch (v.charAt(v.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new NumberFormatException();
            };
            if (d.isNegative() || d.isZero()) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | StringIndexOutOfBoundsException | DateTimeParseException e) {
            throw new InputException("--every '" + value + "' is not a duration: use 30s, 5m or 1h");
        }
    }
}
