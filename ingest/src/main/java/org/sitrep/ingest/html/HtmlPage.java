package org.sitrep.ingest.html;

import java.util.List;
import org.sitrep.model.Post;

/**
 * A page read: its metadata and main text, and the posts of the text when the page is a live blog.
 *
 * @param posts character ranges of {@code text} with their times; empty for an ordinary article
 */
public record HtmlPage(PageMetadata metadata, String text, List<Post> posts) {
    public HtmlPage {
        posts = List.copyOf(posts);
    }
}
