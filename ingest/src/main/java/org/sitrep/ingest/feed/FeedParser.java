package org.sitrep.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;
import org.xml.sax.InputSource;

/**
 * Parses RSS 0.9x, 1.0, 2.0 and Atom with ROME. The encoding comes from the XML declaration or the bytes
 * (ROME's XmlReader); characters XML forbids (control bytes that slip into real feeds) are dropped before
 * parsing rather than failing the whole feed. Relative item links are resolved against the feed's address.
 */
public final class FeedParser {

    public Feed parse(byte[] bytes, String address) throws FeedParseException {
        String xml;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), true)) {
            StringWriter all = new StringWriter();
            reader.transferTo(all);
            xml = withoutForbiddenCharacters(all.toString());
        } catch (IOException e) {
            throw new FeedParseException("not readable as XML text (" + firstLine(e.getMessage()) + ")", e);
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new InputSource(new StringReader(xml)));
        } catch (FeedException | IllegalArgumentException e) {
            throw new FeedParseException("not a feed ROME can read (" + firstLine(e.getMessage()) + ")", e);
        }
        String base = feed.getLink() != null ? feed.getLink() : address;
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = resolve(address != null ? address : base, entry.getLink());
            String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri() : link;
            items.add(new FeedItem(id, link, text(entry.getTitle()), description(entry), time(entry.getPublishedDate(), entry.getUpdatedDate()),
                    entry.getAuthor() == null || entry.getAuthor().isBlank() ? null : entry.getAuthor()));
        }
        return new Feed(text(feed.getTitle()), feed.getLink(), items);
    }

    private static String description(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return text(content.getValue());
            }
        }
        return entry.getDescription() == null ? null : text(entry.getDescription().getValue());
    }

    /** Feed descriptions are often escaped HTML: keep their text, paragraphs apart. */
    private static String text(String value) {
        if (value == null) {
            return null;
        }
        if (!value.contains("<") && !value.contains("&")) {
            return value.strip();
        }
        org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(value);
        doc.select("p, br, div, li").forEach(e -> e.after("\n"));
        return doc.wholeText().replaceAll("[ \\t\\u00a0]+", " ").replaceAll("\\s*\\n\\s*", "\n").strip();
    }

    private static LocalDateTime time(Date published, Date updated) {
        Date d = published != null ? published : updated;
        return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), ZoneOffset.UTC);
    }

    private static String resolve(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base == null ? link.strip() : URI.create(base.strip()).resolve(link.strip()).toString();
        } catch (IllegalArgumentException e) {
            return link.strip();
        }
    }

    private static String withoutForbiddenCharacters(String xml) {
        StringBuilder out = new StringBuilder(xml.length());
        for (int i = 0; i < xml.length(); i++) {
            char c = xml.charAt(i);
            if (c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
                if (c != '\uFFFE' && c != '\uFFFF') {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
