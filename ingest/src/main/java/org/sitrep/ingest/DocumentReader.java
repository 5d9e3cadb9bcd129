package org.sitrep.ingest;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.format.DocumentLine;
import org.sitrep.ingest.feed.Feed;
import org.sitrep.ingest.feed.FeedItem;
import org.sitrep.ingest.feed.FeedParseException;
import org.sitrep.ingest.feed.FeedParser;
import org.sitrep.ingest.html.HtmlPage;
import org.sitrep.ingest.html.HtmlPageReader;
import org.sitrep.ingest.liveblog.LiveBlogSplitter;
import org.sitrep.model.ContentHash;
import org.sitrep.model.Document;

/**
 * Turns the bytes of one input into documents, whatever they hold: an HTML page, plain text, JSON lines of
 * documents ({@code {"id","text","published","source","url"}}, the {@code extract --input} format). Feeds are
 * parsed here and handed back as items, for the caller decides whether to follow their links.
 */
public final class DocumentReader {
    private static final int HEAD_LINES = 6;

    private final ContentSniffer sniffer;
    private final TextDecoder decoder;
    private final HtmlPageReader html;
    private final FeedParser feeds;
    private final LiveBlogSplitter liveBlogs;
    private final PublishedTimes times;
    private final ContentHash hash;

    public DocumentReader(ContentSniffer sniffer, TextDecoder decoder, HtmlPageReader html, FeedParser feeds,
                          LiveBlogSplitter liveBlogs, PublishedTimes times, ContentHash hash) {
        this.sniffer = sniffer;
        this.decoder = decoder;
        this.html = html;
        this.feeds = feeds;
        this.liveBlogs = liveBlogs;
        this.times = times;
        this.hash = hash;
    }

    /** The standard wiring. */
    public DocumentReader() {
        this(new ContentSniffer(), new TextDecoder(), new HtmlPageReader(), new FeedParser(),
                new LiveBlogSplitter(new PublishedTimes()), new PublishedTimes(), new ContentHash());
    }

    /** What the bytes were read as. */
    public sealed interface Content {
    }

    /** Documents, and the lines or parts that could not be read. */
    public record Documents(List<IngestedDocument> documents, List<IngestFailure> failures) implements Content {
    }

    /** A feed, whose items are still to be read. */
    public record FeedContent(Feed feed) implements Content {
    }

    /**
     * @param name        what to call the input in messages and ids: a file path or a URL
     * @param address     the URL the bytes came from, or null for a file
     * @param contentType the HTTP Content-Type, or null for a file
     */
    public Content read(byte[] raw, String name, String address, String contentType, long maxBytes) {
        byte[] bytes;
        try {
            bytes = sniffer.unpacked(raw, maxBytes);
        } catch (IOException e) {
            return failed(name, "gzip data that cannot be unpacked (" + e.getMessage() + ")");
        }
        return switch (sniffer.kind(bytes)) {
            case BINARY -> failed(name, "binary data, not a text, page or feed");
            case FEED -> feed(bytes, name, address);
            case HTML -> one(page(html.read(bytes, contentType, address), name, address, idFor(name, address)));
            case JSON_LINES -> jsonLines(decoder.decode(bytes, contentType).text(), name);
            case TEXT -> text(decoder.decode(bytes, contentType).text(), name, address);
        };
    }

    /** A page's documents, for a followed feed item: the item fills in what the page does not say. */
    public Optional<IngestedDocument> followedItem(byte[] bytes, String contentType, String address, FeedItem item, String publisher) {
        if (sniffer.kind(bytes) != ContentKind.HTML) {
            return Optional.empty();
        }
        IngestedDocument doc = page(html.read(bytes, contentType, address), address, address, idFor(address, address));
        if (doc.document().text().isBlank()) {
            return Optional.empty();
        }
        Document d = doc.document();
        return Optional.of(new IngestedDocument(new Document(d.id(), d.publisher() != null ? d.publisher() : publisher, d.url(),
                d.published() != null ? d.published() : item.published(), d.text(), d.posts()),
                doc.title() != null ? doc.title() : item.title(), doc.byline() != null ? doc.byline() : item.author(),
                doc.language(), doc.contentHash(), doc.input()));
    }

    /** A feed item read from the feed alone: its description is the text. */
    public Optional<IngestedDocument> item(FeedItem item, String publisher) {
        String text = item.description() == null ? "" : item.description();
        if (text.isBlank()) {
            return Optional.empty();
        }
        String id = item.link() != null ? item.link() : item.id();
        if (id == null) {
            id = "item-" + hash.of(text);
        }
        Document d = new Document(id, publisher, item.link(), item.published(), text, List.of());
        return Optional.of(new IngestedDocument(d, item.title(), item.author(), null, hash.of(text), id));
    }

    private IngestedDocument page(HtmlPage page, String name, String address, String id) {
        String url = page.metadata().canonicalUrl() != null ? page.metadata().canonicalUrl() : address;
        Document d = new Document(address != null && url != null ? url : id, page.metadata().publisher(), url,
                page.metadata().published(), page.text(), page.posts());
        return new IngestedDocument(d, page.metadata().title(), page.metadata().byline(), page.metadata().language(),
                hash.of(page.text()), name);
    }

    private Content feed(byte[] bytes, String name, String address) {
        try {
            return new FeedContent(feeds.parse(bytes, address));
        } catch (FeedParseException e) {
            return failed(name, e.getMessage());
        }
    }

    /** Plain text: the date written at its head is its publication time; time lines split a live blog into posts. */
    private Content text(String text, String name, String address) {
        if (text.isBlank()) {
            return failed(name, "empty");
        }
        List<String> head = text.strip().lines().filter(l -> !l.isBlank()).limit(HEAD_LINES).toList();
        LocalDateTime published = head.stream().filter(l -> l.length() <= 60).map(times::parse)
                .flatMap(Optional::stream).findFirst().orElse(null);
        String title = head.isEmpty() || head.get(0).length() > 200 ? null : head.get(0).strip();
        String id = idFor(name, address);
        Document d = new Document(id, null, address, published, text, liveBlogs.split(text, published));
        return one(new IngestedDocument(d, title, null, null, hash.of(text), name));
    }

    private Content jsonLines(String content, String name) {
        List<IngestedDocument> docs = new ArrayList<>();
        List<IngestFailure> failures = new ArrayList<>();
        int number = 0;
        for (String line : content.split("\n", -1)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = name + " line " + number;
            DocumentLine parsed;
            try {
                parsed = DocumentLine.parse(line);
            } catch (IllegalArgumentException e) {
                failures.add(new IngestFailure(where, e.getMessage()));
                continue;
            }
            String id = parsed.id() != null ? parsed.id() : stem(name) + "-" + number;
            LocalDateTime published = times.parse(parsed.published()).orElse(null);
            if (parsed.published() != null && published == null) {
                failures.add(new IngestFailure(where, "\"published\" '" + parsed.published() + "' is not a date"));
                continue;
            }
            Document d = new Document(id, parsed.source(), parsed.url(), published, parsed.text(), List.of());
            docs.add(new IngestedDocument(d, parsed.title(), null, null, hash.of(parsed.text()), where));
        }
        return new Documents(docs, failures);
    }

    /** A file is known by its name without extension, as the command line does; a page by its address. */
    private static String idFor(String name, String address) {
        return address != null ? address : stem(name);
    }

    private static String stem(String name) {
        String file = name.substring(name.lastIndexOf('/') + 1);
        int dot = file.indexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }

    private static Documents one(IngestedDocument doc) {
        if (doc.document().text().isBlank()) {
            return new Documents(List.of(), List.of(new IngestFailure(doc.input(), "no main text found")));
        }
        return new Documents(List.of(doc), List.of());
    }

    private static Documents failed(String name, String reason) {
        return new Documents(List.of(), List.of(new IngestFailure(name, reason)));
    }
}
