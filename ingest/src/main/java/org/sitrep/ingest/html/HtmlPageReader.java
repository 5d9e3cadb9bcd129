package org.sitrep.ingest.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.ingest.PublishedTimes;
import org.sitrep.ingest.TextDecoder;

/** Reads an HTML page: bytes decoded, parsed, metadata and main text extracted. */
public final class HtmlPageReader {
    private final TextDecoder decoder;
    private final MetadataReader metadata;
    private final MainTextExtractor extractor;

    public HtmlPageReader(TextDecoder decoder, MetadataReader metadata, MainTextExtractor extractor) {
        this.decoder = decoder;
        this.metadata = metadata;
        this.extractor = extractor;
    }

    /** The standard wiring. */
    public HtmlPageReader() {
        this(new TextDecoder(), new MetadataReader(new ObjectMapper(), new PublishedTimes()), new MainTextExtractor());
    }

    /**
     * @param contentType the HTTP Content-Type, or null for a file
     * @param address     where the page came from, for relative links and as the canonical URL of last resort
     */
    public HtmlPage read(byte[] bytes, String contentType, String address) {
        Document page = Jsoup.parse(decoder.decode(bytes, contentType).text(), address == null ? "" : address);
        PageMetadata meta = metadata.read(page, address);
        return new HtmlPage(meta, extractor.extract(page), List.of());
    }

    public HtmlPage read(byte[] bytes, String address) {
        return read(bytes, null, address);
    }
}
