package org.sitrep.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.ingest.DocumentReader;
import org.sitrep.ingest.DocumentVersions;
import org.sitrep.ingest.IngestFailure;
import org.sitrep.ingest.IngestSink;
import org.sitrep.ingest.IngestedDocument;
import org.sitrep.ingest.Ingestion;
import org.sitrep.ingest.fetch.FetchException;
import org.sitrep.ingest.fetch.FetchResult;
import org.sitrep.ingest.fetch.Fetcher;
import org.sitrep.ingest.fetch.Validators;

/**
 * Keeps up with a list of feeds: each round fetches every feed with a conditional GET (a 304 costs nothing), reads
 * the items not seen before (by id, else link), follows them to their articles, and hands on the documents that
 * are new or updated versions; a text already handed on, under any address, is not handed on again. What was
 * seen is remembered in memory for the life of the watcher.
 */
public final class FeedWatcher {
    private final Fetcher fetcher;
    private final DocumentReader reader;
    private final Ingestion ingestion;
    private final DocumentVersions versions;
    private final long maxBytes;
    private final Map<URI, Validators> validators = new HashMap<>();
    private final Set<String> seenItems = new HashSet<>();

    public FeedWatcher(Fetcher fetcher, DocumentReader reader, Ingestion ingestion, DocumentVersions versions, long maxBytes) {
        this.fetcher = fetcher;
        this.reader = reader;
        this.ingestion = ingestion;
        this.versions = versions;
        this.maxBytes = maxBytes;
    }

    /** What one round did. */
    public record Round(int feeds, int unchanged, int newItems, int documents, int failures) {
    }

    /** Polls every feed once. */
    public Round poll(List<URI> feeds, IngestSink sink) {
        int unchanged = 0;
        int newItems = 0;
        int[] counts = new int[2];
        IngestSink counting = new IngestSink() {
            @Override
            public void document(IngestedDocument document) {
                if (versions.see(document) != DocumentVersions.Status.DUPLICATE) {
                    counts[0]++;
                    sink.document(document);
                }
            }

            @Override
            public void failure(IngestFailure failure) {
                counts[1]++;
                sink.failure(failure);
            }
        };
        for (URI feed : feeds) {
            FetchResult response;
            try {
                response = fetcher.fetch(feed, validators.getOrDefault(feed, Validators.NONE));
            } catch (FetchException e) {
                counting.failure(new IngestFailure(feed.toString(), e.getMessage()));
                continue;
            }
            if (response.notModified()) {
                unchanged++;
                continue;
            }
            validators.put(feed, response.validators());
            DocumentReader.Content content = reader.read(response.body(), feed.toString(), response.address().toString(),
                    response.contentType(), maxBytes);
            if (!(content instanceof DocumentReader.FeedContent(Feed parsed))) {
                String what = content instanceof DocumentReader.Documents docs && !docs.failures().isEmpty()
                        ? docs.failures().get(0).reason() : "an HTML page or a text";
                counting.failure(new IngestFailure(feed.toString(), "not a feed: " + what));
                continue;
            }
            List<FeedItem> fresh = parsed.items().stream().filter(item -> seenItems.add(key(item))).toList();
            newItems += fresh.size();
            ingestion.readItems(new Feed(parsed.title(), parsed.link(), fresh), feed.toString(), counting);
        }
        return new Round(feeds.size(), unchanged, newItems, counts[0], counts[1]);
    }

    /** Polls every {@code every} until the thread is interrupted; each round's figures go to the listener. */
    public void run(List<URI> feeds, Duration every, IngestSink sink, Consumer<Round> rounds) {
        while (!Thread.currentThread().isInterrupted()) {
            rounds.accept(poll(feeds, sink));
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String key(FeedItem item) {
        return item.id() != null ? item.id() : item.link() != null ? item.link() : String.valueOf(item.title()) + item.published();
    }
}
