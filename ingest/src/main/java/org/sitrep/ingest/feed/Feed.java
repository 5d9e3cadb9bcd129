package org.sitrep.ingest.feed;

import java.util.List;

/** A parsed feed: its title and link and its items in the order the feed lists them. */
public record Feed(String title, String link, List<FeedItem> items) {
    public Feed {
        items = List.copyOf(items);
    }
}
