package org.sitrep.ingest.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.ingest.PublishedTimes;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.ingest.liveblog.LiveBlogMarkup;
import org.sitrep.ingest.liveblog.LiveBlogSplitter;

/**
 * Reads an HTML page: bytes decoded, parsed, metadata and main text extracted. A live blog is told by its markup
 * (timed blocks) or, failing that, by time lines in its main text; its text is then the posts one after another.
 */
public final class HtmlPageReader {
    private final TextDecoder decoder;
    private final MetadataReader metadata;
    private final MainTextExtractor extractor;
    private final LiveBlogMarkup liveBlogMarkup;
    private final LiveBlogSplitter liveBlogSplitter;

    public HtmlPageReader(TextDecoder decoder, MetadataReader metadata, MainTextExtractor extractor,
                          LiveBlogMarkup liveBlogMarkup, LiveBlogSplitter liveBlogSplitter) {
        this.decoder = decoder;
        this.metadata = metadata;
        this.extractor = extractor;
        this.liveBlogMarkup = liveBlogMarkup;
        this.liveBlogSplitter = liveBlogSplitter;
    }

    /** The standard wiring. */
    public HtmlPageReader() {
        this(new TextDecoder(), new MetadataReader(new ObjectMapper(), new PublishedTimes()),
                new MainTextExtractor(new BlockRenderer()), new LiveBlogMarkup(new BlockRenderer(), new PublishedTimes()),
                new LiveBlogSplitter(new PublishedTimes()));
    }

    /**
     * @param contentType the HTTP Content-Type, or null for a file
     * @param address     where the page came from, for relative links and as the canonical URL of last resort
     */
    public HtmlPage read(byte[] bytes, String contentType, String address) {
        Document page = Jsoup.parse(decoder.decode(bytes, contentType).text(), address == null ? "" : address);
        PageMetadata meta = metadata.read(page, address);
        String text = extractor.extract(page);
        Optional<LiveBlogMarkup.LiveBlog> blog = liveBlogMarkup.read(page);
        // an article with a few dated asides is still an article: the posts must be most of what there is to read
        if (blog.isPresent() && blog.get().text().length() * 5 >= text.length() * 4) {
            return new HtmlPage(meta, blog.get().text(), blog.get().posts());
        }
        return new HtmlPage(meta, text, liveBlogSplitter.split(text, meta.published()));
    }

    public HtmlPage read(byte[] bytes, String address) {
        return read(bytes, null, address);
    }
}
