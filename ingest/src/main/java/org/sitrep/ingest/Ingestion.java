package org.sitrep.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sitrep.ingest.feed.Feed;
import org.sitrep.ingest.feed.FeedItem;
import org.sitrep.ingest.fetch.FetchException;
import org.sitrep.ingest.fetch.FetchResult;
import org.sitrep.ingest.fetch.Fetcher;
import org.sitrep.ingest.fetch.Validators;

/**
 * Reads inputs into documents: an http(s) URL, a file, or a folder of files, each holding a page, a text, JSON
 * lines of documents or a feed (whose items' links are followed, the item's description the fallback). Bad
 * input never throws: each part that gives no document is a failure with a one-line reason, and the rest goes on.
 * Within one input, the same text met twice (one article under two addresses) is one document.
 */
public final class Ingestion {
    private final Fetcher fetcher;
    private final IngestOptions options;
    private final DocumentReader reader;

    public Ingestion(Fetcher fetcher, IngestOptions options, DocumentReader reader) {
        this.fetcher = fetcher;
        this.options = options;
        this.reader = reader;
    }

    public Ingestion(Fetcher fetcher, IngestOptions options) {
        this(fetcher, options, new DocumentReader());
    }

    /** Everything one input gives, collected. */
    public IngestResult read(String input) {
        List<IngestedDocument> documents = new ArrayList<>();
        List<IngestFailure> failures = new ArrayList<>();
        read(input, new IngestSink() {
            @Override
            public void document(IngestedDocument document) {
                documents.add(document);
            }

            @Override
            public void failure(IngestFailure failure) {
                failures.add(failure);
            }
        });
        return new IngestResult(documents, failures);
    }

    /** Hands each document and failure to the sink as soon as it is read: a folder of thousands is never held whole. */
    public void read(String input, IngestSink sink) {
        IngestSink once = distinct(sink);
        if (isWebAddress(input)) {
            readUrl(input, once);
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path file : walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith(".")).sorted().toList()) {
                    readFile(file, once);
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                once.failure(new IngestFailure(input, "folder cannot be read (" + e.getMessage() + ")"));
            }
        } else {
            readFile(path, once);
        }
    }

    /** A feed's items, each followed to its article when allowed; for the watcher, which reads the feed itself. */
    public void readItems(Feed feed, String feedName, IngestSink sink) {
        String publisher = feed.title();
        for (FeedItem item : feed.items()) {
            readItem(item, publisher, feedName, sink);
        }
    }

    private void readUrl(String input, IngestSink sink) {
        FetchResult response;
        try {
            response = fetcher.fetch(URI.create(input.strip()), Validators.NONE);
        } catch (FetchException e) {
            sink.failure(new IngestFailure(input, e.getMessage()));
            return;
        } catch (IllegalArgumentException e) {
            sink.failure(new IngestFailure(input, "not a valid address (" + e.getMessage() + ")"));
            return;
        }
        dispatch(reader.read(response.body(), input, response.address().toString(), response.contentType(), options.maxBytes()), input, sink);
    }

    private void readFile(Path file, IngestSink sink) {
        String name = file.toString();
        try {
            if (!Files.exists(file)) {
                sink.failure(new IngestFailure(name, "no such file or folder"));
                return;
            }
            long size = Files.size(file);
            if (size > options.maxBytes()) {
                sink.failure(new IngestFailure(name, size / (1024 * 1024) + " MB, over the " + options.maxBytes() / (1024 * 1024) + " MB limit"));
                return;
            }
            dispatch(reader.read(Files.readAllBytes(file), name, null, null, options.maxBytes()), name, sink);
        } catch (IOException e) {
            sink.failure(new IngestFailure(name, "cannot be read (" + e.getMessage() + ")"));
        }
    }

    private void dispatch(DocumentReader.Content content, String name, IngestSink sink) {
        switch (content) {
            case DocumentReader.Documents docs -> {
                docs.documents().forEach(sink::document);
                docs.failures().forEach(sink::failure);
            }
            case DocumentReader.FeedContent feed -> readItems(feed.feed(), name, sink);
        }
    }

    private void readItem(FeedItem item, String publisher, String feedName, IngestSink sink) {
        String fallbackReason = "no link";
        if (options.followFeedLinks() && item.link() != null && isWebAddress(item.link())) {
            try {
                FetchResult page = fetcher.fetch(URI.create(item.link()), Validators.NONE);
                Optional<IngestedDocument> article = reader.followedItem(page.body(), page.contentType(), page.address().toString(), item, publisher);
                if (article.isPresent()) {
                    sink.document(article.get());
                    return;
                }
                fallbackReason = "no article text at the link";
            } catch (FetchException e) {
                fallbackReason = e.getMessage();
            } catch (IllegalArgumentException e) {
                fallbackReason = "not a valid link";
            }
        }
        Optional<IngestedDocument> described = reader.item(item, publisher);
        if (described.isPresent()) {
            sink.document(described.get());
        } else {
            String which = item.link() != null ? item.link() : feedName + " item " + item.id();
            sink.failure(new IngestFailure(which, "no text: " + fallbackReason + ", and the feed gives no description"));
        }
    }

    private static boolean isWebAddress(String input) {
        String lower = input.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Passes each text once: the second copy of an article, under whatever address, is not a second document. */
    private static IngestSink distinct(IngestSink sink) {
        Set<String> seen = new HashSet<>();
        return new IngestSink() {
            @Override
            public void document(IngestedDocument document) {
                if (seen.add(document.contentHash())) {
                    sink.document(document);
                }
            }

            @Override
            public void failure(IngestFailure failure) {
                sink.failure(failure);
            }
        };
    }
}
